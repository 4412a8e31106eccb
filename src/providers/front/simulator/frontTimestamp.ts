/** 2023-01-01T00:00:00Z: generated activity starts here. */
export const datasetEpochSeconds = 1_672_531_200;
/** Two years of generated activity. */
export const datasetSpanSeconds = 2 * 365 * 24 * 3600;

/** Front timestamps are unix seconds with up to 3 decimals (e.g. `1701292649.333`). */
export function frontTimestamp(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
