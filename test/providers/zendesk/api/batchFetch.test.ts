import { ErrorCode } from '../../../../src/errorCodes';
import type { UpstreamRequest } from '../../../../src/providers/http/httpClient';
import { UpstreamHttpError } from '../../../../src/providers/http/upstreamFailure';
import { ZENDESK_LOOKUP_CONCURRENCY, ZENDESK_SHOW_MANY_MAX } from '../../../../src/providers/zendesk/api/batchFetch';
import { createZendeskProvider } from '../../../../src/providers/zendesk/api/zendeskProvider';
import { recordingHttp } from '../../intercom/api/recordingHttp';

const rawUser = (id: number) => ({ id, name: `User ${id}`, role: 'end-user', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' });
const idsOf = (request: UpstreamRequest): string[] => String(request.query?.ids ?? '').split(',');
const idOrAnswer = (answer: { readonly nativeId: string } | null | Error) => (answer === null || answer instanceof Error ? answer : answer.nativeId);

describe('Zendesk lookups by id', () => {
  it('asks users/show_many for at most 100 ids per call and answers in the order asked, null for the unknown', async () => {
    // Zendesk leaves unknown ids out and may answer in its own order: this fake reverses and drops id 7.
    const http = recordingHttp((request) => ({ users: idsOf(request).map(Number).filter((id) => id !== 7).reverse().map(rawUser) }));
    const ids = Array.from({ length: 250 }, (_, index) => String(index + 1));
    const result = await createZendeskProvider(http).byId.users(ids);
    expect(http.requests.map((request) => [request.path, idsOf(request).length])).toEqual([
      ['/api/v2/users/show_many.json', ZENDESK_SHOW_MANY_MAX],
      ['/api/v2/users/show_many.json', ZENDESK_SHOW_MANY_MAX],
      ['/api/v2/users/show_many.json', 50],
    ]);
    expect(result.map(idOrAnswer)).toEqual(ids.map((id) => (id === '7' ? null : id)));
  });

  it('answers ids that cannot be Zendesk ids with null, without sending them', async () => {
    const http = recordingHttp((request) => ({ users: idsOf(request).map(Number).map(rawUser) }));
    const result = await createZendeskProvider(http).byId.users(['abc', '12', '-1', '']);
    expect(http.requests.map((request) => request.query?.ids)).toEqual(['12']);
    expect(result.map(idOrAnswer)).toEqual([null, '12', null, null]);
  });

  it('makes no call when no id is well-formed', async () => {
    const http = recordingHttp(() => ({ organizations: [] }));
    expect(await createZendeskProvider(http).byId.organizations(['x'])).toEqual([null]);
    expect(http.requests).toHaveLength(0);
  });

  it('reads the group list once per provider and answers every group lookup from it', async () => {
    const group = (id: number) => ({ id, name: `G${id}`, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' });
    const http = recordingHttp(() => ({ groups: [group(1), group(2)], meta: { has_more: false, after_cursor: null, before_cursor: null } }));
    const provider = createZendeskProvider(http);
    const [first, second] = await Promise.all([provider.byId.groups(['2', '9']), provider.byId.groups(['1'])]);
    expect([first.map(idOrAnswer), second.map(idOrAnswer)]).toEqual([['2', null], ['1']]);
    expect(http.requests.map((request) => request.path)).toEqual(['/api/v2/groups.json']);
  });

  it('asks views/show_many for at most 100 ids per call, null for a view it leaves out', async () => {
    const rawView = (id: number) => ({ id, title: `View ${id}`, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' });
    const http = recordingHttp((request) => ({ views: idsOf(request).map(Number).filter((id) => id !== 3).map(rawView), count: 0, next_page: null, previous_page: null }));
    const ids = Array.from({ length: 130 }, (_, index) => String(index + 1));
    const result = await createZendeskProvider(http).byId.views(ids);
    expect(http.requests.map((request) => [request.path, idsOf(request).length])).toEqual([
      ['/api/v2/views/show_many.json', ZENDESK_SHOW_MANY_MAX],
      ['/api/v2/views/show_many.json', 30],
    ]);
    expect(result.map(idOrAnswer)).toEqual(ids.map((id) => (id === '3' ? null : id)));
  });

  describe('ticket fields and satisfaction ratings: one show call per distinct id', () => {
    const stamps = { created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' };
    const idInPath = (request: UpstreamRequest): number => Number(/\/(\d+)\.json$/.exec(request.path)?.[1]);
    const notFound = () => new UpstreamHttpError('zendesk', 404, false, null, ErrorCode.UPSTREAM_ERROR);

    it('GETs ticket_fields/{id} once per id, a 404 is null, an id that cannot exist costs no call', async () => {
      const http = recordingHttp((request) => {
        const id = idInPath(request);
        if (id === 404) throw notFound();
        return { ticket_field: { id, type: 'text', title: `Field ${id}`, ...stamps } };
      });
      const result = await createZendeskProvider(http).byId.ticketFields(['7', '404', 'abc', '9', '7']);
      expect(http.requests.map((request) => request.path).sort()).toEqual(['/api/v2/ticket_fields/404.json', '/api/v2/ticket_fields/7.json', '/api/v2/ticket_fields/9.json']);
      expect(result.map(idOrAnswer)).toEqual(['7', null, null, '9', '7']);
    });

    it('reads a satisfaction rating in the spec\'s one-element array and as a bare object; other failures stay errors', async () => {
      const rating = (id: number) => ({ id, ticket_id: 1, requester_id: 2, score: 'good', ...stamps });
      const http = recordingHttp((request) => {
        const id = idInPath(request);
        if (id === 500) throw new UpstreamHttpError('zendesk', 500, false, null, ErrorCode.UPSTREAM_ERROR);
        return { satisfaction_rating: id === 1 ? [rating(id)] : rating(id) };
      });
      const result = await createZendeskProvider(http).byId.satisfactionRatings(['1', '2', '500']);
      expect(result.slice(0, 2).map(idOrAnswer)).toEqual(['1', '2']);
      expect(result[2]).toBeInstanceOf(UpstreamHttpError);
      expect(http.requests.map((request) => request.path)).toEqual([
        '/api/v2/satisfaction_ratings/1.json',
        '/api/v2/satisfaction_ratings/2.json',
        '/api/v2/satisfaction_ratings/500.json',
      ]);
    });
  });

  describe('Help Center (no show_many: one show call per id)', () => {
    const stamps = { created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-02T00:00:00Z' };
    const container = (id: number) => ({ id, name: `N${id}`, description: '', locale: 'en-us', position: 0, html_url: null, ...stamps });
    const raws = {
      articles: (id: number) => ({ article: { id, title: `A${id}`, body: null, locale: 'en-us', section_id: 5, author_id: null, html_url: null, ...stamps } }),
      sections: (id: number) => ({ section: { ...container(id), category_id: 3, parent_section_id: null } }),
      categories: (id: number) => ({ category: container(id) }),
    };
    const notFound = () => new UpstreamHttpError('zendesk', 404, false, null, ErrorCode.UPSTREAM_ERROR, { code: 'RecordNotFound', message: 'Not found' });

    it.each(['articles', 'sections', 'categories'] as const)('%s: GET /api/v2/help_center/%s/{id}.json per id, a 404 is null, a non-numeric id costs no call', async (key) => {
      const http = recordingHttp((request) => {
        const id = Number(/\/(\d+)\.json$/.exec(request.path)?.[1]);
        if (id === 404) throw notFound();
        return raws[key](id);
      });
      const result = await createZendeskProvider(http).byId[key](['11', '404', 'abc', '12']);
      expect(result.map(idOrAnswer)).toEqual(['11', null, null, '12']);
      expect(http.requests.map((request) => [request.path, request.endpoint])).toEqual(
        ['11', '404', '12'].map((id) => [`/api/v2/help_center/${key}/${id}.json`, `GET /api/v2/help_center/${key}/:id`]),
      );
    });

    it(`has at most ${ZENDESK_LOOKUP_CONCURRENCY} show calls in flight`, async () => {
      let inFlight = 0;
      let peak = 0;
      const http = recordingHttp(async (request) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return raws.articles(Number(/\/(\d+)\.json$/.exec(request.path)?.[1]));
      });
      const ids = Array.from({ length: 20 }, (_, index) => String(index + 1));
      expect((await createZendeskProvider(http).byId.articles(ids)).map(idOrAnswer)).toEqual(ids);
      expect(peak).toBe(ZENDESK_LOOKUP_CONCURRENCY);
    });
  });
});
