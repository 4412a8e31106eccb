import type { RecordLoader } from '../loaders/createBatchLoader';
import { primeNodes } from '../loaders/primeNodes';
import type { Connection } from '../relay/connection';

/**
 * Primes `loader` with a connection's nodes and returns the connection: list resolvers chain it
 * after `resolveConnection`, which stays unaware of loaders.
 */
export function primed<TNode extends { readonly nativeId: string }>(loader: RecordLoader<TNode>) {
  return (connection: Connection<TNode>): Connection<TNode> => {
    primeNodes(loader, connection.nodes);
    return connection;
  };
}
