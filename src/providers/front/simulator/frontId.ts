/**
 * Front ids are a type prefix plus a base-36 number (`cnv_yo1kg5q`, `tea_6r55a`, `inb_1ix6`).
 * Starting every number at 36^5 keeps ids of one type the same length, so string order equals
 * numeric order and `sort_by=id` (tags) can compare ids as strings.
 */
const idBase = 36 ** 5;
/** A stride makes neighbouring ids look unrelated, as real ones do, while staying unique. */
const idStride = 1291;

export function frontId(prefix: string, ordinal: number): string {
  return `${prefix}_${(idBase + ordinal * idStride).toString(36)}`;
}
