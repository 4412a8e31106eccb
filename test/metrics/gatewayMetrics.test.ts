import { OperationTypeNode } from 'graphql';

import { createGatewayMetrics } from '../../src/metrics/gatewayMetrics';
import type { UpstreamCall } from '../../src/providers/http/httpClient';

const call = (overrides: Partial<UpstreamCall>): UpstreamCall => ({
  provider: 'zendesk',
  endpoint: 'GET /api/v2/tickets',
  status: 200,
  durationMs: 12,
  headers: {},
  ...overrides,
});

describe('gateway metrics', () => {
  it('counts each call in the series of its own labels, however often a series repeats', async () => {
    const metrics = createGatewayMetrics({ defaultMetrics: false, rateLimitHeaders: { zendesk: { remaining: 'x-rate-limit-remaining', limit: 'x-rate-limit' } } });
    metrics.observeUpstreamCall(call({}));
    metrics.observeUpstreamCall(call({}));
    metrics.observeUpstreamCall(call({ status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit': '700' } }));
    metrics.observeUpstreamCall(call({ provider: 'front', endpoint: 'GET /conversations', status: null, attempt: 2 }));
    const text = await metrics.registry.metrics();
    expect(text).toContain('upstream_requests_total{provider="zendesk",endpoint="GET /api/v2/tickets",status="200"} 2');
    expect(text).toContain('upstream_requests_total{provider="zendesk",endpoint="GET /api/v2/tickets",status="429"} 1');
    expect(text).toContain('upstream_requests_total{provider="front",endpoint="GET /conversations",status="error"} 1');
    expect(text).toContain('upstream_request_duration_seconds_count{provider="zendesk",endpoint="GET /api/v2/tickets"} 3');
    expect(text).toContain('upstream_retries_total{provider="front",endpoint="GET /conversations"} 1');
    expect(text).toContain('upstream_ratelimit_remaining{provider="zendesk"} 0');
    expect(text).toContain('upstream_ratelimit_limit{provider="zendesk"} 700');
  });

  it('counts operations in flight, their durations by name and type, and their errors by code', async () => {
    const metrics = createGatewayMetrics({ defaultMetrics: false });
    metrics.startOperation();
    metrics.startOperation();
    expect(await metrics.registry.metrics()).toContain('graphql_requests_in_flight 2');
    metrics.observeOperation({ name: 'Tickets', type: OperationTypeNode.QUERY, durationMs: 30, errorCodes: {} });
    metrics.observeOperation({ name: null, type: null, durationMs: 2, errorCodes: { BAD_USER_INPUT: 2, GRAPHQL_PARSE_FAILED: 1, SOMETHING_NEW: 1 } });
    const text = await metrics.registry.metrics();
    expect(text).toContain('graphql_requests_in_flight 0');
    expect(text).toContain('graphql_operation_duration_seconds_bucket{le="0.05",operation_name="Tickets",operation_type="query"} 1');
    expect(text).toContain('graphql_operation_duration_seconds_count{operation_name="anonymous",operation_type="unknown"} 1');
    expect(text).toContain('graphql_errors_total{code="BAD_USER_INPUT"} 2');
    expect(text).toContain('graphql_errors_total{code="GRAPHQL_PARSE_FAILED"} 1');
    expect(text).toContain('graphql_errors_total{code="other"} 1');
    expect(text).not.toContain('SOMETHING_NEW');
    // Known codes are there from the start, at 0, so rate() sees their first increase.
    expect(text).toContain('graphql_errors_total{code="UPSTREAM_TIMEOUT"} 0');
  });

  it('caps the distinct operation names it exports', async () => {
    const metrics = createGatewayMetrics({ defaultMetrics: false, maxOperationNames: 3 });
    for (let i = 0; i < 10; i += 1) {
      metrics.startOperation();
      metrics.observeOperation({ name: `Op${i}`, type: OperationTypeNode.QUERY, durationMs: 1, errorCodes: {} });
    }
    const names = new Set([...(await metrics.registry.metrics()).matchAll(/graphql_operation_duration_seconds_count\{operation_name="([^"]*)"/g)].map((match) => match[1]));
    expect([...names].sort()).toEqual(['Op0', 'Op1', 'Op2', 'other']);
  });

  it('counts page-cache hits and misses', async () => {
    const metrics = createGatewayMetrics({ defaultMetrics: false });
    metrics.observePageCacheTake(true);
    metrics.observePageCacheTake(false);
    metrics.observePageCacheTake(false);
    const text = await metrics.registry.metrics();
    expect(text).toContain('page_cache_hits_total 1');
    expect(text).toContain('page_cache_misses_total 2');
  });

  it('counts an attempt its request stopped as "aborted", apart from provider failures and out of the latency histogram', async () => {
    const metrics = createGatewayMetrics({ defaultMetrics: false });
    metrics.observeUpstreamCall(call({ status: null, aborted: true, durationMs: 30_000 }));
    metrics.observeUpstreamCall(call({ status: 200 }));
    const text = await metrics.registry.metrics();
    expect(text).toContain('upstream_requests_total{provider="zendesk",endpoint="GET /api/v2/tickets",status="aborted"} 1');
    expect(text).not.toContain('status="error"');
    expect(text).toContain('upstream_request_duration_seconds_count{provider="zendesk",endpoint="GET /api/v2/tickets"} 1');
  });
});
