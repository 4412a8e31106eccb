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
    const metrics = createGatewayMetrics({ defaultMetrics: false });
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
