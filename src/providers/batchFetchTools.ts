import { chunk } from './chunk';
import { UpstreamHttpError } from './http/upstreamFailure';
import { mapWithConcurrency } from './mapWithConcurrency';
import type { BatchFetch } from './types';

/**
 * Building blocks for {@link BatchFetch} functions. All of them keep DataLoader's contract word for
 * word: `result[i]` answers `ids[i]`, an id the provider does not know is `null`, an id whose call
 * failed is that call's `Error`, and the result is never shorter than `ids`.
 */

/** Answers `ids` in order from the records a provider returned in any order (missing → null). */
export function answerInOrder<TNode>(
  ids: ReadonlyArray<string>,
  nodes: ReadonlyArray<TNode>,
  idOf: (node: TNode) => string,
): Array<TNode | null> {
  const byId = new Map(nodes.map((node) => [idOf(node), node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * For a batch endpoint that takes at most `maxIdsPerCall` ids. Ids are sent once each (DataLoader
 * already dedupes, direct callers may not), and ids that `isWellFormed` rejects are answered `null`
 * without a call: they cannot exist, and the provider could refuse the whole batch over one of them.
 */
export function fetchBySlices<TNode>(
  maxIdsPerCall: number,
  fetchSlice: (slice: ReadonlyArray<string>) => Promise<ReadonlyArray<TNode | null>>,
  isWellFormed: (id: string) => boolean = () => true,
): BatchFetch<TNode> {
  return (ids) => answerEachOnce(ids, isWellFormed, (wanted) => fetchInSlices(wanted, maxIdsPerCall, fetchSlice));
}

/**
 * Asks `fetchWanted` for each well-formed id once (DataLoader already dedupes, direct callers may
 * not) and answers every id of `ids` in order: a repeat gets its first's answer, an id
 * `isWellFormed` rejects `null` without being asked.
 */
async function answerEachOnce<TNode>(
  ids: ReadonlyArray<string>,
  isWellFormed: (id: string) => boolean,
  fetchWanted: (wanted: ReadonlyArray<string>) => Promise<ReadonlyArray<TNode | null | Error>>,
): Promise<Array<TNode | null | Error>> {
  const wanted = [...new Set(ids.filter(isWellFormed))];
  const answers = await fetchWanted(wanted);
  const byId = new Map(wanted.map((id, index) => [id, answers[index] ?? null]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * One call per slice, all sent at once, and the whole answer resolved together. Chunking here rather than with DataLoader's
 * `maxBatchSize` is deliberate: DataLoader would resolve each slice as its call returns, so the next
 * level of relations (a user's organization) would be requested in as many waves as there were
 * slices, costing more calls; resolving together keeps it to one wave. A failed slice answers its
 * own ids with its Error and leaves the other slices' answers intact.
 */
async function fetchInSlices<TNode>(
  ids: ReadonlyArray<string>,
  maxIdsPerCall: number,
  fetchSlice: (slice: ReadonlyArray<string>) => Promise<ReadonlyArray<TNode | null>>,
): Promise<Array<TNode | null | Error>> {
  const slices = chunk(ids, maxIdsPerCall);
  const answers = await Promise.all(slices.map((slice) => answerSlice(slice, fetchSlice)));
  return answers.flat();
}

async function answerSlice<TNode>(
  slice: ReadonlyArray<string>,
  fetchSlice: (slice: ReadonlyArray<string>) => Promise<ReadonlyArray<TNode | null>>,
): Promise<Array<TNode | null | Error>> {
  try {
    const answer = await fetchSlice(slice);
    if (answer.length !== slice.length) throw new Error(`batch answered ${answer.length} results for ${slice.length} ids`);
    return [...answer];
  } catch (error) {
    const failure = asError(error);
    return slice.map(() => failure);
  }
}

/**
 * For a provider with no batch endpoint: one GET per id (each id once), at most `concurrency` in
 * flight. A 404 is an unknown id (`null`), any other failure that id's Error. Ids that
 * `isWellFormed` rejects cannot exist: `null` without a call.
 */
export function fetchEachById<TNode>(
  concurrency: number,
  fetchOne: (id: string) => Promise<TNode>,
  isWellFormed: (id: string) => boolean = () => true,
): BatchFetch<TNode> {
  return (ids) =>
    answerEachOnce(ids, isWellFormed, (wanted) =>
      mapWithConcurrency(wanted, concurrency, async (id): Promise<TNode | null | Error> => {
        try {
          return await fetchOne(id);
        } catch (error) {
          return isNotFound(error) ? null : asError(error);
        }
      }),
    );
}

/**
 * For a list read whole once per request (`loadAll` is memoized by the per-request provider): every
 * id is answered from it, so any number of ids costs the list's calls once.
 */
export function lookupInList<TNode>(loadAll: () => Promise<ReadonlyArray<TNode>>, idOf: (node: TNode) => string): BatchFetch<TNode> {
  return async (ids) => answerInOrder(ids, await loadAll(), idOf);
}

function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamHttpError && error.status === 404;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
