import { z as zod, type z } from 'zod';

/**
 * Memoizes a zod schema built from an item schema. Paginators are created per request (they are
 * bound to that request's HTTP view), and zod compiles every new schema on first parse: building
 * list schemas per request showed up as ~17% of the gateway's CPU under load (bench/).
 */
export function memoizeSchema<TItem extends z.ZodType, TList extends z.ZodType>(
  build: (item: TItem, key: string) => TList,
): (item: TItem, key?: string) => TList {
  const cache = new WeakMap<TItem, Map<string, TList>>();
  return (item, key = '') => {
    let byKey = cache.get(item);
    if (byKey === undefined) {
      byKey = new Map();
      cache.set(item, byKey);
    }
    let schema = byKey.get(key);
    if (schema === undefined) {
      schema = build(item, key);
      byKey.set(key, schema);
    }
    return schema;
  };
}

const keyedLists = memoizeSchema((item: z.ZodType, key: string) => zod.object({ [key]: zod.array(item) }));

/** `{ <key>: item[] }`, the list envelope of Zendesk and Intercom, built once per item and key. */
export function keyedListOf<TItem extends z.ZodType>(item: TItem, key: string): z.ZodObject<{ [k: string]: z.ZodArray<TItem> }> {
  return keyedLists(item, key) as z.ZodObject<{ [k: string]: z.ZodArray<TItem> }>;
}
