import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontAccount } from './frontDataset';
import { datasetEpochSeconds, datasetSpanSeconds, frontTimestamp } from './frontTimestamp';
import { companySuffixes, companyWords } from './frontVocabulary';
import { chance } from './randomPicks';

export function generateAccounts(random: Random, links: FrontLinks, count: number): FrontAccount[] {
  return Array.from({ length: count }, (_, index) => {
    const id = frontId('acc', index);
    const word = random.pick(companyWords);
    // The index keeps names and domains unique: Front matches accounts to contacts by domain.
    const slug = `${word.toLowerCase()}${index}`;
    const createdAt = datasetEpochSeconds + random.next() * datasetSpanSeconds * 0.8;
    return {
      _links: { self: links.to('accounts', id), related: { contacts: links.to('accounts', id, 'contacts') } },
      id,
      name: `${word} ${index} ${random.pick(companySuffixes)}`,
      logo_url: null,
      description: chance(random, 0.5) ? `${word} customer account` : null,
      domains: chance(random, 0.2) ? [`${slug}.example`, `${slug}.example.org`] : [`${slug}.example`],
      external_id: chance(random, 0.4) ? String(random.int(1_000_000, 9_999_999)) : null,
      custom_fields: {},
      created_at: frontTimestamp(createdAt),
      updated_at: frontTimestamp(createdAt + random.next() * datasetSpanSeconds * 0.2),
    };
  });
}
