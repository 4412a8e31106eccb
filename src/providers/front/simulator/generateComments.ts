import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontComment, FrontTeammate } from './frontDataset';
import { frontTimestamp } from './frontTimestamp';
import { bodyWords } from './frontVocabulary';
import { chance, phrase } from './randomPicks';

export interface CommentThreadSpec {
  readonly conversationId: string;
  readonly conversationIndex: number;
  readonly maxPerConversation: number;
  readonly count: number;
  readonly teammates: ReadonlyArray<FrontTeammate>;
  /** Comments are posted between these two instants (unix seconds). */
  readonly fromSeconds: number;
  readonly toSeconds: number;
}

/** Internal teammate comments, chronological. Only teammates comment, so none without teammates. */
export function generateComments(random: Random, links: FrontLinks, spec: CommentThreadSpec): FrontComment[] {
  if (spec.teammates.length === 0) return [];
  const times = Array.from({ length: spec.count }, () => spec.fromSeconds + random.next() * (spec.toSeconds - spec.fromSeconds));
  times.sort((a, b) => a - b);
  return times.map((postedAt, index) => {
    const id = frontId('com', spec.conversationIndex * spec.maxPerConversation + index);
    return {
      _links: {
        self: links.to('comments', id),
        related: {
          conversation: links.to('conversations', spec.conversationId),
          mentions: links.to('comments', id, 'mentions'),
          comment_replied_to: null,
        },
      },
      id,
      author: random.pick(spec.teammates),
      body: `${phrase(random, bodyWords, random.int(4, 14))}.`,
      posted_at: frontTimestamp(postedAt),
      attachments: [],
      is_pinned: chance(random, 0.05),
    };
  });
}
