import { GraphQLError } from 'graphql';

import { createPageNumberPaginator, type NumberedPage } from '../../src/providers/pageNumberPaginator';
import type { PageRequest } from '../../src/providers/types';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { relayOptions } from '../helpers/relayOptions';

type Item = { readonly nativeId: string };
const TOTAL = 100;

/** A page-number list of 100 records capped at record 25, recording the (page, perPage) it is asked for. */
function cappedList() {
  const calls: Array<[number, number]> = [];
  const paginator = createPageNumberPaginator<Item, Record<string, never>>({
    resource: 'test.numbered',
    maxPageSize: 10,
    recordCap: 25,
    capExplanation: 'the provider serves the first 25 records by page number.',
    idOf: (item) => item.nativeId,
    async fetchNumberedPage(_args, page, perPage): Promise<NumberedPage<Item>> {
      calls.push([page, perPage]);
      const start = (page - 1) * perPage;
      const nodes = Array.from({ length: Math.max(0, Math.min(perPage, TOTAL - start)) }, (_, index) => ({ nativeId: `r${start + index}` }));
      return { nodes, hasNext: start + perPage < TOTAL };
    },
  });
  return { paginator, calls };
}

const forwardFrom = (offset: number): PageRequest<{ offset: number }> => ({ token: { offset }, direction: 'forward', size: 10 });

describe('createPageNumberPaginator', () => {
  it('answers a read at or past the record cap with a capped page, without calling the provider', async () => {
    const { paginator, calls } = cappedList();
    for (const offset of [25, 26, 1_000]) {
      expect(await paginator.fetchPage({}, forwardFrom(offset))).toEqual({
        nodes: [],
        nextToken: null,
        previousToken: null,
        capped: { reason: 'the provider serves the first 25 records by page number.', recordCap: 25 },
      });
    }
    expect(calls).toEqual([]);
  });

  it('reads normally just below the cap, in a window that stays under it', async () => {
    const { paginator, calls } = cappedList();
    const page = await paginator.fetchPage({}, forwardFrom(20));
    expect(page.capped).toBeUndefined();
    expect(page.nodes.map((item) => item.nativeId)).toEqual(['r20', 'r21', 'r22', 'r23', 'r24']);
    expect(page.nextToken).toEqual({ offset: 25 });
    expect(calls).toEqual([[5, 5]]);
  });

  it('lets the engine serve the records below the cap, then answer PAGINATION_LIMIT with the reason', async () => {
    const { paginator, calls } = cappedList();
    const first = await resolveConnection(paginator, {}, { first: 40 }, relayOptions());
    expect(first.nodes).toHaveLength(25);
    expect(first.pageInfo.hasNextPage).toBe(true);
    calls.length = 0;
    const error: unknown = await resolveConnection(paginator, {}, { first: 5, after: first.pageInfo.endCursor }, relayOptions()).catch(
      (caught: unknown) => caught,
    );
    expect(error instanceof GraphQLError && error.extensions).toEqual({ code: 'PAGINATION_LIMIT', resource: 'test.numbered', recordCap: 25 });
    expect((error as Error).message).toBe('test.numbered: the provider serves the first 25 records by page number.');
    expect(calls).toEqual([]);
  });
});
