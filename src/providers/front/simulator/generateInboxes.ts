import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontInbox } from './frontDataset';
import { inboxNames } from './frontVocabulary';
import { chance } from './randomPicks';

export function generateInboxes(random: Random, links: FrontLinks, count: number): FrontInbox[] {
  return Array.from({ length: count }, (_, index) => {
    const id = frontId('inb', index);
    const baseName = inboxNames[index % inboxNames.length] ?? 'Inbox';
    const isPrivate = chance(random, 0.15);
    return {
      _links: {
        self: links.to('inboxes', id),
        related: {
          teammates: links.to('inboxes', id, 'teammates'),
          conversations: links.to('inboxes', id, 'conversations'),
          channels: links.to('inboxes', id, 'channels'),
        },
      },
      id,
      name: index < inboxNames.length ? baseName : `${baseName} ${Math.floor(index / inboxNames.length) + 1}`,
      is_private: isPrivate,
      is_public: !isPrivate && chance(random, 0.8),
      custom_fields: {},
    };
  });
}
