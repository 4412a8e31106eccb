/**
 * The first call starts the work; later calls share its promise. A failure is forgotten, so a later
 * read in the same request can try again instead of replaying the error. Made per request (inside a
 * per-request provider), never shared between requests.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (pending === undefined) {
      const started = load();
      pending = started;
      started.catch(() => {
        if (pending === started) pending = undefined;
      });
    }
    return pending;
  };
}
