import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontTeammate } from './frontDataset';
import { firstNames, lastNames } from './frontVocabulary';
import { chance } from './randomPicks';

export function generateTeammates(random: Random, links: FrontLinks, count: number): FrontTeammate[] {
  return Array.from({ length: count }, (_, index) => generateTeammate(random, links, index));
}

function generateTeammate(random: Random, links: FrontLinks, index: number): FrontTeammate {
  const id = frontId('tea', index);
  const firstName = random.pick(firstNames);
  const lastName = random.pick(lastNames);
  return {
    _links: {
      self: links.to('teammates', id),
      related: { inboxes: links.to('teammates', id, 'inboxes'), conversations: links.to('teammates', id, 'conversations') },
    },
    id,
    // The index keeps emails and usernames unique, as Front requires of both.
    email: `${firstName}.${lastName}.${index}@acme.example`.toLowerCase(),
    username: `${firstName}${lastName.charAt(0)}${index}`,
    first_name: firstName,
    last_name: lastName,
    is_admin: index === 0 || chance(random, 0.1),
    is_available: chance(random, 0.7),
    is_blocked: index !== 0 && chance(random, 0.05),
    type: 'user',
    custom_fields: {},
  };
}
