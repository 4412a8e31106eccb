import type { RecordLoader } from './createBatchLoader';

/**
 * Primes a loader with records the request already holds (a list page, an embedded object), so a
 * later `node(id:)` or relation to one of them costs no call. DataLoader's `prime` keeps an entry
 * that is already there, so a record loaded earlier in the request is never replaced.
 */
export function primeNodes<TNode extends { readonly nativeId: string }>(loader: RecordLoader<TNode>, nodes: Iterable<TNode>): void {
  for (const node of nodes) loader.prime(node.nativeId, node);
}
