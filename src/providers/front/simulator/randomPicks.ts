import type { Random } from '../../../simulators/kit/random';

/** Up to `count` distinct items, in the order drawn. */
export function pickDistinct<T>(random: Random, items: ReadonlyArray<T>, count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const [item] = pool.splice(random.int(0, pool.length - 1), 1);
    if (item !== undefined) picked.push(item);
  }
  return picked;
}

export function chance(random: Random, probability: number): boolean {
  return random.next() < probability;
}

/** A sentence of `words` drawn from `vocabulary`, capitalised, without a final stop. */
export function phrase(random: Random, vocabulary: ReadonlyArray<string>, words: number): string {
  const drawn = Array.from({ length: words }, () => random.pick(vocabulary)).join(' ');
  return drawn.charAt(0).toUpperCase() + drawn.slice(1);
}

/** Hex digits 8 at a time: `Random.hex` draws one per digit, too slow for tens of thousands of ids. */
export function hexDigits(random: Random, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random.next() * 0x100000000).toString(16).padStart(8, '0');
  return out.slice(0, length);
}
