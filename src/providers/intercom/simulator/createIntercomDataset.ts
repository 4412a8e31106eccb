import { createRandom } from '../../../simulators/kit/random';
import { generateCompanies } from './generateCompanies';
import { generateContacts } from './generateContacts';
import { createConversationParts, partCountOverride } from './generateConversationParts';
import { generateArticles } from './generateArticles';
import { createContactNotes } from './generateContactNotes';
import { generateConversations } from './generateConversations';
import { generateDataAttributes } from './generateDataAttributes';
import { generateSegments } from './generateSegments';
import { generateAdmins, generateTags, generateTeams } from './generateDirectory';
import { generateTickets } from './generateTickets';
import type { IntercomDataset, IntercomDatasetSizes } from './intercomDataset';

/** More than one 150-record window of each, so a connection over them stitches windows. */
export const DEFAULT_SEGMENTS = 160;
export const DEFAULT_DATA_ATTRIBUTES = 200;
/** Several 150-article pages. */
export const DEFAULT_ARTICLES = 700;

/** A fixed "now" (2024-06-27 UTC) so the same seed gives byte-identical records on every run. */
export const intercomDatasetNow = 1719500000;

/**
 * Builds every record up front, in dependency order (admins → teams → companies → contacts →
 * conversations/tickets), so references always point at records that exist.
 */
export function createIntercomDataset(seed: number, sizes: IntercomDatasetSizes): IntercomDataset {
  const random = createRandom(seed);
  const now = intercomDatasetNow;
  const admins = generateAdmins(random, sizes.admins);
  const teams = generateTeams(random, sizes.teams, admins);
  const tags = generateTags(sizes.tags);
  const companies = generateCompanies(random, sizes.companies, now);
  const { contacts, contactAttachments } = generateContacts(random, sizes.contacts, now, { companies, tags, admins });
  const conversations = generateConversations(random, sizes.conversations, now, { contacts, admins, teams, tags });
  const tickets = generateTickets(random, sizes.tickets, now, { contacts, admins, teams });
  // After every draw from `random`, so the records above keep the values they had before parts existed.
  conversations.forEach((conversation, index) => {
    const count = partCountOverride(index);
    if (count !== null) conversation.statistics.count_conversation_parts = count;
  });
  const conversationParts = createConversationParts(seed, conversations, admins);
  // Their own random streams: the records above stay as they were before these existed.
  const segments = generateSegments(createRandom((seed ^ 0x5e9) >>> 0), sizes.segments ?? DEFAULT_SEGMENTS, now);
  const adminIds = admins.map((admin) => admin.id);
  const dataAttributes = generateDataAttributes(createRandom((seed ^ 0xda7a) >>> 0), sizes.dataAttributes ?? DEFAULT_DATA_ATTRIBUTES, now, adminIds);
  const notes = createContactNotes(seed, contacts, admins);
  const articles = generateArticles(createRandom((seed ^ 0xa271c1e) >>> 0), sizes.articles ?? DEFAULT_ARTICLES, now, admins);
  return {
    conversations,
    contacts,
    contactAttachments,
    companies,
    admins,
    teams,
    tags,
    tickets,
    conversationParts,
    contactNotes: notes.notesOf,
    noteById: notes.noteById,
    articles,
    segments,
    dataAttributes,
    generatedAt: now,
  };
}
