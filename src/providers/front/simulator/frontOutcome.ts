import type { SimResponse } from '../../../simulators/kit/simulatorServer';

/** A parsed request part, or the error response to send instead. */
export type FrontOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: SimResponse };

export function succeed<T>(value: T): FrontOutcome<T> {
  return { ok: true, value };
}

export function fail<T>(response: SimResponse): FrontOutcome<T> {
  return { ok: false, response };
}
