import { createRandom, type Random } from '../../../simulators/kit/random';

/**
 * One independent PRNG per record type, so changing one size (say, more tags) does not reshuffle
 * every other record type generated from the same seed.
 */
export function streamRandom(seed: number, stream: number): Random {
  return createRandom((seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0);
}
