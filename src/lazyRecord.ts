/**
 * An object whose properties are built on first read, then kept. The per-request context uses it
 * so a query that touches only Zendesk does not build Intercom's and Front's paginators, zod
 * schemas and DataLoaders: profiling (bench/) showed that per-request construction cost ~15% of
 * the gateway's CPU and much of its GC. Copying one (spread, `Object.assign`) reads, and so
 * builds, every property: hand it out by reference only (see context.ts).
 */
export function lazyRecord<T extends object>(factories: { readonly [K in keyof T]: () => T[K] }): T {
  const record = {} as T;
  for (const key of Object.keys(factories) as Array<keyof T>) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return record;
}
