/** Where a lazy record keeps its factories: a symbol, so no property name of the record can collide with it. */
const FACTORIES = Symbol('lazyRecord factories');

type Factories = Readonly<Record<PropertyKey, () => unknown>>;
type Holder = { readonly [FACTORIES]: Factories };

/**
 * One prototype per set of keys, with a getter per key. Records are made per request (providers,
 * loaders), and defining a getter on each of them per key cost ~17 µs a request in the throughput
 * bench; with the getters on a shared prototype a record is one object with its factories.
 */
const prototypes = new Map<string, object>();

function prototypeFor(keys: ReadonlyArray<string>): object {
  const shape = keys.join('\u0000');
  let prototype = prototypes.get(shape);
  if (prototype === undefined) {
    prototype = Object.create(null) as object;
    for (const key of keys) {
      Object.defineProperty(prototype, key, {
        enumerable: true,
        get(this: Holder) {
          const value = this[FACTORIES][key]?.();
          // Kept on the record itself, shadowing this getter: the factory runs once per record.
          Object.defineProperty(this, key, { value, enumerable: true, writable: false, configurable: false });
          return value;
        },
      });
    }
    prototypes.set(shape, prototype);
  }
  return prototype;
}

/**
 * An object whose properties are built on first read, then kept. The per-request providers and
 * loaders use it so a request that reads one list or follows one relation does not build every
 * paginator and DataLoader of every provider. Properties not read yet live on the prototype: a
 * spread or `Object.keys` sees only those already built, so hand a record out by reference.
 * Records are made at a few call sites, each with a fixed set of keys, so the prototypes are few.
 */
export function lazyRecord<T extends object>(factories: { readonly [K in keyof T]: () => T[K] }): T {
  const record = Object.create(prototypeFor(Object.keys(factories))) as Holder;
  Object.defineProperty(record, FACTORIES, { value: factories });
  return record as unknown as T;
}
