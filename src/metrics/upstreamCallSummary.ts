import type { UpstreamCall } from '../providers/http/httpClient';

/** What one GraphQL request cost upstream, as `extensions.upstreamCalls` carries it. */
export interface UpstreamCallSummary {
  readonly total: number;
  /** Calls per provider (`zendesk`, `intercom`, `front`); providers not called are absent. */
  readonly byProvider: Readonly<Record<string, number>>;
  /** Calls per provider endpoint label (`zendesk GET /api/v2/users/show_many`). */
  readonly byEndpoint: Readonly<Record<string, number>>;
}

/** Counts a request's upstream calls (each retry, when there are any, is a call of its own). */
export function summariseUpstreamCalls(calls: ReadonlyArray<UpstreamCall>): UpstreamCallSummary {
  const byProvider: Record<string, number> = {};
  const byEndpoint: Record<string, number> = {};
  for (const call of calls) {
    byProvider[call.provider] = (byProvider[call.provider] ?? 0) + 1;
    const endpoint = `${call.provider} ${call.endpoint}`;
    byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
  }
  return { total: calls.length, byProvider, byEndpoint };
}
