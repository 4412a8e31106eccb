/**
 * An object whose properties are built on first read, then kept. The per-request loaders use it so
 * a request that follows one relation does not build every DataLoader of every provider. Copying
 * one (spread, `Object.assign`) reads, and so builds, every property: hand it out by reference only
 * (context.ts keeps its own lazy members on the prototype for that reason).
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
