import { GraphQLError } from 'graphql';

import { createIntercomCompaniesPaginator } from '../../../../src/providers/intercom/api/companiesPaginator';
import type { Connection } from '../../../../src/relay/connection';
import { resolveConnection } from '../../../../src/relay/resolveConnection';
import { relayOptions } from '../../../helpers/relayOptions';
import { recordingHttp } from './recordingHttp';

const TOTAL = 100;

/** POST /companies/list as the spec describes it: page-number windows, `pages.next` null at the end. */
const companiesHttp = () =>
  recordingHttp((request) => {
    const page = Number(request.query?.page);
    const perPage = Number(request.query?.per_page);
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, TOTAL - start)) }, (_, index) => ({
      type: 'company',
      id: `co${start + index}`,
      created_at: 1,
      updated_at: 2,
      plan: {},
    }));
    const next = start + perPage < TOTAL ? { page: page + 1 } : null;
    return { type: 'list', data, total_count: TOTAL, pages: { type: 'pages', page, per_page: String(perPage), total_pages: 10, next } };
  });

describe('createIntercomCompaniesPaginator', () => {
  it('reads page-number windows, always sending page, per_page and order', async () => {
    const http = companiesHttp();
    const connection = await resolveConnection(createIntercomCompaniesPaginator(http), {}, { first: 20 }, relayOptions());
    expect(connection.nodes.map((node) => node.nativeId)).toEqual(Array.from({ length: 20 }, (_, index) => `co${index}`));
    expect(http.requests).toEqual([
      { method: 'POST', path: '/companies/list', endpoint: 'POST /companies/list', idempotent: true, query: { page: 1, per_page: 20, order: 'desc' } },
    ]);
    expect(connection.nodes[0]?.planName).toBeNull();
    expect(await connection.totalCount()).toBe(TOTAL);
  });

  it('serves records up to the cap, then refuses with PAGINATION_LIMIT saying why, without calling Intercom', async () => {
    const http = companiesHttp();
    const paginator = createIntercomCompaniesPaginator(http, { recordCap: 30 });
    const first: Connection<{ nativeId: string }> = await resolveConnection(paginator, {}, { first: 30 }, relayOptions());
    expect(first.nodes).toHaveLength(30);
    expect(first.pageInfo.hasNextPage).toBe(true);
    http.requests.length = 0;
    const error: unknown = await resolveConnection(paginator, {}, { first: 10, after: first.pageInfo.endCursor }, relayOptions()).catch(
      (caught: unknown) => caught,
    );
    expect(error instanceof GraphQLError && error.extensions).toEqual({ code: 'PAGINATION_LIMIT', resource: 'intercom.companies', recordCap: 30 });
    expect((error as Error).message).toMatch(/at most the first 10,000.*scroll API.*one open scroll.*expires after a minute.*cannot be resumed/s);
    expect(http.requests).toHaveLength(0);
  });
});
