import { bodyOnlyHttp } from '../../../helpers/bodyOnlyHttp';
import type { UpstreamHttp, UpstreamRequest } from '../../../../src/providers/http/httpClient';

export interface FakeFrontHttp extends UpstreamHttp {
  /** Every request the provider made, in order. */
  readonly requests: UpstreamRequest[];
}

/** An UpstreamHttp that answers each request with `reply(request)` and records what was asked. */
export function createFakeFrontHttp(reply: (request: UpstreamRequest) => unknown): FakeFrontHttp {
  const requests: UpstreamRequest[] = [];
  return {
    requests,
    ...bodyOnlyHttp(async (request) => {
      requests.push(request);
      return reply(request);
    }),
  };
}

/** A Front list page as the API sends it; `next` is the full URL or null. */
export function frontPage(results: ReadonlyArray<unknown>, next: string | null, extra: Record<string, unknown> = {}): unknown {
  return { _pagination: { next }, _links: { self: 'https://acme.api.frontapp.com/items' }, _results: results, ...extra };
}

export function rawTeammate(id: string): Record<string, unknown> {
  return { id, email: `${id}@acme.example`, username: id, first_name: 'A', last_name: 'B', is_admin: false, is_available: true, is_blocked: false };
}
