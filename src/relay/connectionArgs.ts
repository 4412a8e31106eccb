import { badUserInput } from '../errors';

/** The four pagination arguments of the GraphQL Cursor Connections spec, as they arrive. */
export interface ConnectionArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
  readonly last?: number | null | undefined;
  readonly before?: string | null | undefined;
}

export interface ConnectionLimits {
  /** Page size when neither `first` nor `last` is given. */
  readonly defaultPageSize: number;
  /** Largest `first`/`last` a client may ask for. */
  readonly maxPageSize: number;
}

/** What the engine will do, decided before any upstream call. */
export type ConnectionPlan =
  | { readonly direction: 'forward'; readonly count: number; readonly after: string | null }
  | { readonly direction: 'backward'; readonly count: number; readonly before: string | null };

/**
 * Validates the arguments and picks a direction. Every refusal happens here, before a single
 * upstream call. The spec allows `first` with `last`, but its result ("first N, then last M of
 * those") makes no sense over a remote list that cannot be sliced twice, so it is refused.
 */
export function planConnection(args: ConnectionArgs, limits: ConnectionLimits): ConnectionPlan {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw badUserInput('Pass either `first` or `last`, not both.');
  }
  if (first !== null) assertCount('first', first, limits.maxPageSize);
  if (last !== null) assertCount('last', last, limits.maxPageSize);
  const after = args.after ?? null;
  const before = args.before ?? null;
  if (after !== null && before !== null) {
    throw badUserInput('Pass either `after` or `before`, not both.');
  }
  if (last !== null || (first === null && before !== null)) {
    if (after !== null) throw badUserInput('`after` pages forward; use it with `first`, not `last`.');
    return { direction: 'backward', count: last ?? limits.defaultPageSize, before };
  }
  if (before !== null) throw badUserInput('`before` pages backward; use it with `last`, not `first`.');
  return { direction: 'forward', count: first ?? limits.defaultPageSize, after };
}

function assertCount(name: 'first' | 'last', value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(`\`${name}\` must be a non-negative integer, got ${value}.`, { argument: name });
  }
  if (value > max) {
    throw badUserInput(`\`${name}\` must be at most ${max}, got ${value}.`, { argument: name, max });
  }
}
