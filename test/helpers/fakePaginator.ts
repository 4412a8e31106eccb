import type { Page, PageRequest, Paginator } from '../../src/providers/types';

export interface FakeItem {
  readonly nativeId: string;
  readonly position: number;
}

/** "Records from position k" forward, "records before k" backward; `u` only for misbehaving tokens. */
export type FakeToken = { readonly k: number } | { readonly k: number; readonly u: string };

export interface FakePaginator extends Paginator<FakeItem, { readonly filter: string }, FakeToken> {
  /** Every page request made, in order. */
  readonly requests: Array<PageRequest<FakeToken>>;
}

/**
 * A runaway traversal fails here rather than hanging the test run, with an error no guard rail
 * produces, so a test of a guard that does not hold fails instead of timing out.
 */
export const FAKE_MAX_REQUESTS = 500;

export interface FakeOptions {
  readonly total: number;
  readonly maxPageSize?: number;
  /** Zendesk's quirk: `has more` whenever a page is full. */
  readonly fullPageSaysMore?: boolean;
  readonly startsFromEnd?: boolean;
  /** Misbehaviours for the guard tests. */
  readonly repeatToken?: boolean;
  readonly repeatIds?: boolean;
  readonly onRepeatedNode?: 'fail' | 'skip';
  readonly totalCount?: boolean;
  /** Like Zendesk offset paging: reads starting at or past this position answer a `capped` page. */
  readonly capAt?: number;
  /** Like Zendesk's `after_cursor`, forward pages give a position after their last record (default true). */
  readonly endToken?: boolean;
  /** Scripts a forward page's next token from where the page starts (any misbehaviour: cycles, URLs, empty pages). */
  readonly nextToken?: (start: number) => FakeToken | null;
}

/**
 * An in-memory provider list with cursor-style tokens ("records after position k" / "before k"),
 * recording every page request so tests can assert the exact upstream traffic.
 */
export function createFakePaginator(options: FakeOptions): FakePaginator {
  const items: FakeItem[] = Array.from({ length: options.total }, (_, position) => ({ nativeId: `n${position}`, position }));
  const requests: Array<PageRequest<FakeToken>> = [];
  return {
    resource: 'fake.items',
    maxPageSize: options.maxPageSize ?? 10,
    backward: { kind: 'native', startsFromEnd: options.startsFromEnd ?? false },
    onRepeatedNode: options.onRepeatedNode ?? 'fail',
    idOf: (item) => item.nativeId,
    requests,
    async fetchPage(_args, request): Promise<Page<FakeItem, FakeToken>> {
      requests.push(request);
      if (requests.length > FAKE_MAX_REQUESTS) throw new Error(`fake.items: more than ${FAKE_MAX_REQUESTS} page requests`);
      if (request.size > (options.maxPageSize ?? 10)) throw new Error(`page size ${request.size} over the maximum`);
      if (request.direction === 'forward') {
        const start = request.token?.k ?? 0;
        if (options.capAt !== undefined && start >= options.capAt) {
          return { nodes: [], nextToken: null, previousToken: null, capped: { reason: 'fake.items stops at the cap', recordCap: options.capAt } };
        }
        const nodes = items.slice(start, Math.min(start + request.size, options.capAt ?? Infinity));
        const end = start + nodes.length;
        const more = options.fullPageSaysMore ? nodes.length === request.size : end < items.length;
        return {
          nodes: options.repeatIds && start > 0 ? items.slice(0, nodes.length) : nodes,
          nextToken: options.nextToken ? options.nextToken(start) : more ? { k: options.repeatToken ? start : end } : null,
          previousToken: start > 0 ? { k: start } : null,
          ...(options.endToken === false ? {} : { endToken: { k: end } }),
          ...(options.totalCount ? { totalCount: items.length } : {}),
        };
      }
      const end = request.token?.k ?? items.length;
      const start = Math.max(0, end - request.size);
      return {
        nodes: items.slice(start, end),
        nextToken: end < items.length || request.token !== null ? { k: end } : null,
        previousToken: start > 0 ? { k: start } : null,
      };
    },
  };
}
