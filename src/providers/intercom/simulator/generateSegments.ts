import type { Random } from '../../../simulators/kit/random';
import type { IntercomSegment } from './intercomDataset';
import { objectId } from './objectId';

const segmentWords = ['Active', 'New', 'Slipping away', 'Trial', 'Paying', 'Enterprise', 'EU', 'Mobile', 'Churned', 'Power users'];

/** Segments carry 24-hex ids like the spec's examples (6762f25c1bb69f9f2193bc22). */
export function generateSegments(random: Random, count: number, now: number): IntercomSegment[] {
  return Array.from({ length: count }, (_, index) => {
    const createdAt = now - random.int(1, 900) * 86400;
    return {
      type: 'segment',
      id: objectId(random, index),
      name: `${segmentWords[index % segmentWords.length] ?? 'Segment'} ${index + 1}`,
      created_at: createdAt,
      updated_at: random.int(createdAt, now),
      person_type: random.next() < 0.7 ? 'user' : 'contact',
      count: random.int(0, 5000),
    };
  });
}
