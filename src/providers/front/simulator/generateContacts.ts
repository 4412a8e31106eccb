import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontContact, FrontContactHandle } from './frontDataset';
import { datasetEpochSeconds, datasetSpanSeconds, frontTimestamp } from './frontTimestamp';
import { firstNames, lastNames } from './frontVocabulary';
import { chance } from './randomPicks';

/** Contact ids use the `crd_` prefix, as Front's contacts ("cards") do. */
export function generateContacts(random: Random, links: FrontLinks, count: number): FrontContact[] {
  return Array.from({ length: count }, (_, index) => generateContact(random, links, index));
}

function generateContact(random: Random, links: FrontLinks, index: number): FrontContact {
  const id = frontId('crd', index);
  const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  const createdAt = datasetEpochSeconds + random.next() * datasetSpanSeconds * 0.9;
  return {
    _links: {
      self: links.to('contacts', id),
      related: { notes: links.to('contacts', id, 'notes'), conversations: links.to('contacts', id, 'conversations'), owner: null },
    },
    id,
    name,
    description: chance(random, 0.3) ? 'Imported from CRM' : '',
    links: [],
    groups: [],
    lists: [],
    handles: contactHandles(random, name, index),
    custom_fields: {},
    is_private: false,
    is_spammer: chance(random, 0.02),
    created_at: frontTimestamp(createdAt),
    updated_at: frontTimestamp(createdAt + random.next() * datasetSpanSeconds * 0.1),
  };
}

/** Every contact has a unique email handle (the first one); some also have a phone. */
function contactHandles(random: Random, name: string, index: number): FrontContactHandle[] {
  const email: FrontContactHandle = { handle: `${name.replace(' ', '.').toLowerCase()}.${index}@customer.example`, source: 'email' };
  if (!chance(random, 0.25)) return [email];
  return [email, { handle: `+1555${String(index).padStart(7, '0')}`, source: 'phone' }];
}
