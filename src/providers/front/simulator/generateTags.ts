import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontTag } from './frontDataset';
import { datasetEpochSeconds, datasetSpanSeconds, frontTimestamp } from './frontTimestamp';
import { highlights, tagWords } from './frontVocabulary';
import { chance } from './randomPicks';

export function generateTags(random: Random, links: FrontLinks, count: number): FrontTag[] {
  return Array.from({ length: count }, (_, index) => {
    const id = frontId('tag', index);
    const word = tagWords[index % tagWords.length] ?? 'tag';
    const createdAt = datasetEpochSeconds + random.next() * datasetSpanSeconds * 0.5;
    return {
      _links: {
        self: links.to('tags', id),
        related: { conversations: links.to('tags', id, 'conversations'), owner: null, parent_tag: null, children: null },
      },
      id,
      name: index < tagWords.length ? word : `${word}-${Math.floor(index / tagWords.length) + 1}`,
      description: chance(random, 0.5) ? `Conversations about ${word}` : null,
      highlight: chance(random, 0.6) ? random.pick(highlights) : null,
      is_private: chance(random, 0.1),
      is_visible_in_conversation_lists: true,
      created_at: frontTimestamp(createdAt),
      updated_at: frontTimestamp(createdAt + random.next() * datasetSpanSeconds * 0.5),
    };
  });
}
