import type { UpstreamHttp, UpstreamRequest } from '../../src/providers/http/httpClient';

/**
 * An UpstreamHttp from a function that answers bodies only (fakes of providers that page by body
 * fields): `requestResponse` answers the same body with no headers.
 */
export function bodyOnlyHttp(requestJson: (request: UpstreamRequest) => Promise<unknown>): UpstreamHttp {
  return { requestJson, requestResponse: async (request) => ({ body: await requestJson(request), headers: {} }) };
}
