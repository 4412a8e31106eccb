import { createRandom } from '../../../simulators/kit/random';
import type { IntercomContact, IntercomConversation, IntercomDataset } from './intercomDataset';

export type MutableKind = 'conversation' | 'contact';

export interface RecordMutation {
  readonly kind: MutableKind;
  readonly id: string;
  readonly updatedAt: number;
}

export interface RecordMutator {
  /** Changes a record in place; without `updated_at`, it is updated "now" (newer than anything else). */
  touch(kind: MutableKind, id: string, changes?: { updated_at?: number }): void;
  /** Counts one request that reads `kind`, and every Nth one updates a record of that kind first. */
  onRead(kind: MutableKind): void;
  readonly mutations: ReadonlyArray<RecordMutation>;
}

/**
 * Simulates teammates working while a client traverses: records get a new `updated_at` between
 * two page requests, which the stateless cursors then expose as duplicates or gaps, as the
 * pagination guide warns. The simulated clock starts at the data set's newest timestamp.
 */
export function createRecordMutator(dataset: IntercomDataset, seed: number, everyNRequests: number | undefined): RecordMutator {
  const random = createRandom(seed ^ 0x5eed);
  const mutations: RecordMutation[] = [];
  let clock = dataset.generatedAt;
  let reads = 0;

  const recordsOf = (kind: MutableKind): ReadonlyArray<IntercomConversation | IntercomContact> =>
    kind === 'conversation' ? dataset.conversations : dataset.contacts;

  const touch = (kind: MutableKind, id: string, changes?: { updated_at?: number }): void => {
    const record = recordsOf(kind).find((candidate) => candidate.id === id);
    if (!record) throw new RangeError(`No ${kind} with id ${id}`);
    clock += 1;
    record.updated_at = changes?.updated_at ?? clock;
    mutations.push({ kind, id, updatedAt: record.updated_at });
  };

  return {
    touch,
    onRead(kind) {
      if (everyNRequests === undefined || everyNRequests < 1) return;
      reads += 1;
      const records = recordsOf(kind);
      if (reads % everyNRequests !== 0 || records.length === 0) return;
      touch(kind, random.pick(records).id);
    },
    mutations,
  };
}
