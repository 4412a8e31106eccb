import { createFrontLinks } from './frontLinks';
import type { FrontDataset } from './frontDataset';
import type { FrontDatasetSizes } from './frontSimulatorOptions';
import { deriveEvents } from './deriveEvents';
import { generateAccounts } from './generateAccounts';
import { generateContacts } from './generateContacts';
import { generateConversations } from './generateConversations';
import { generateInboxes } from './generateInboxes';
import { generateChannels } from './generateChannels';
import { generateTags } from './generateTags';
import { generateTeammates } from './generateTeammates';
import { generateTeams } from './generateTeams';
import { streamRandom } from './streamRandom';

/** Builds the whole data set from a seed; `linkBaseUrl` is where the records' `_links` point. */
export function createFrontDataset(
  seed: number,
  sizes: FrontDatasetSizes,
  linkBaseUrl = 'https://acme.api.frontapp.com',
): FrontDataset {
  const links = createFrontLinks(linkBaseUrl);
  const teammates = generateTeammates(streamRandom(seed, 0), links, sizes.teammates);
  const inboxes = generateInboxes(streamRandom(seed, 1), links, sizes.inboxes);
  const tags = generateTags(streamRandom(seed, 2), links, sizes.tags);
  const accounts = generateAccounts(streamRandom(seed, 3), links, sizes.accounts);
  const contacts = generateContacts(streamRandom(seed, 4), links, sizes.contacts);
  const generated = generateConversations(streamRandom(seed, 5), links, sizes.conversations, {
    teammates,
    inboxes,
    tags,
    contacts,
    maxMessagesPerConversation: sizes.maxMessagesPerConversation,
    maxCommentsPerConversation: sizes.maxCommentsPerConversation,
  });
  // Streams 6 and 7 are new: the records above keep the values they had before teams and channels.
  const teams = generateTeams(streamRandom(seed, 6), links, sizes.teams, { teammates, inboxes });
  const channels = generateChannels(streamRandom(seed, 7), links, sizes.channels, inboxes, teams);
  const events = deriveEvents(links, generated);
  return { teammates, inboxes, tags, accounts, contacts, ...generated, teams, channels, events };
}
