import type { IntercomDataset } from './intercomDataset';
import type { PerPageFormat } from './pagesObject';
import type { RecordMutator } from './recordMutator';

/** What every route handler reads: the live records, how to write `per_page`, and the mutation hook. */
export interface IntercomRouteContext {
  readonly dataset: IntercomDataset;
  readonly perPageFormat: PerPageFormat;
  readonly mutator: RecordMutator;
}
