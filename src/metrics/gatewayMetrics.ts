import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { UpstreamCall } from '../providers/http/httpClient';

/**
 * Prometheus metrics of one gateway process, on a registry of its own (not prom-client's global
 * one, so tests and several gateways in one process do not collide). Labels are low-cardinality by
 * construction: provider, an endpoint template (`GET /api/v2/tickets/:id/comments`) and a status;
 * never an id, a token or a URL.
 */
export interface GatewayMetrics {
  readonly registry: Registry;
  /** Counts a finished upstream call and records its latency and the provider's rate-limit headers. */
  observeUpstreamCall(call: UpstreamCall): void;
}

/**
 * Rate-limit headers as the providers send them: Intercom `X-RateLimit-*`, Front `X-Ratelimit-*`,
 * Zendesk `X-Rate-Limit` / `X-Rate-Limit-Remaining`, IETF draft `RateLimit-*`.
 */
const REMAINING_HEADERS = ['x-ratelimit-remaining', 'ratelimit-remaining', 'x-rate-limit-remaining'];
const LIMIT_HEADERS = ['x-ratelimit-limit', 'ratelimit-limit', 'x-rate-limit-limit', 'x-rate-limit'];

export function createGatewayMetrics(options: { readonly defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const calls = new Counter({
    name: 'upstream_requests_total',
    help: 'Upstream HTTP requests made, by provider, endpoint and status (status "error": no response; "aborted": stopped because its GraphQL request ended).',
    labelNames: ['provider', 'endpoint', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'upstream_request_duration_seconds',
    help: 'Upstream HTTP request latency, from sending to the whole body read.',
    labelNames: ['provider', 'endpoint'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'upstream_retries_total',
    help: 'Upstream HTTP requests that were retries of an earlier failed attempt (also counted in upstream_requests_total).',
    labelNames: ['provider', 'endpoint'] as const,
    registers: [registry],
  });
  const remaining = new Gauge({
    name: 'upstream_ratelimit_remaining',
    help: 'Requests left in the provider rate-limit window, from its last response headers.',
    labelNames: ['provider'] as const,
    registers: [registry],
  });
  const limit = new Gauge({
    name: 'upstream_ratelimit_limit',
    help: 'Size of the provider rate-limit window, from its last response headers.',
    labelNames: ['provider'] as const,
    registers: [registry],
  });
  // prom-client hashes the label values on every call; the label sets are few (providers × endpoint
  // templates × statuses), so each series is looked up once and kept.
  const seriesByLabels = new Map<string, { readonly calls: Counter.Internal; readonly latency: Histogram.Internal<'provider' | 'endpoint'> }>();
  return {
    registry,
    observeUpstreamCall(call) {
      // An attempt the gateway stopped (its request ended) is no provider failure: counted apart.
      const status = call.aborted === true ? 'aborted' : call.status === null ? 'error' : String(call.status);
      const key = `${call.provider}\u0000${call.endpoint}\u0000${status}`;
      let series = seriesByLabels.get(key);
      if (series === undefined) {
        series = { calls: calls.labels(call.provider, call.endpoint, status), latency: latency.labels(call.provider, call.endpoint) };
        seriesByLabels.set(key, series);
      }
      series.calls.inc();
      // Its duration is when the gateway gave up, not how long the provider took.
      if (call.aborted !== true) series.latency.observe(call.durationMs / 1000);
      if ((call.attempt ?? 1) > 1) retries.inc({ provider: call.provider, endpoint: call.endpoint });
      const left = firstNumericHeader(call.headers, REMAINING_HEADERS);
      if (left !== null) remaining.set({ provider: call.provider }, left);
      const size = firstNumericHeader(call.headers, LIMIT_HEADERS);
      if (size !== null) limit.set({ provider: call.provider }, size);
    },
  };
}

function firstNumericHeader(headers: Readonly<Record<string, string>>, names: ReadonlyArray<string>): number | null {
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  }
  return null;
}
