import { createFaultPlan, type Fault } from '../../../src/simulators/kit/faultPlan';

function draw(plan: ReturnType<typeof createFaultPlan>, count: number, path = '/api/v2/tickets'): Fault[] {
  return Array.from({ length: count }, () => plan.next(path).fault);
}

describe('createFaultPlan', () => {
  const options = { seed: 42, rateLimitedRate: 0.3, retryAfterSeconds: 0, serverErrorRate: 0.05, dropRate: 0.05 };

  it('is deterministic: the same seed gives the same faults, another seed others', () => {
    expect(draw(createFaultPlan(options), 500)).toEqual(draw(createFaultPlan(options), 500));
    expect(draw(createFaultPlan({ ...options, seed: 43 }), 500)).not.toEqual(draw(createFaultPlan(options), 500));
  });

  it('injects each kind at about its configured rate', () => {
    const faults = draw(createFaultPlan(options), 20_000);
    const share = (kind: Fault['kind']) => faults.filter((fault) => fault.kind === kind).length / faults.length;
    expect(share('rate-limited')).toBeCloseTo(0.3, 1);
    expect(Math.abs(share('server-error') - 0.05)).toBeLessThan(0.01);
    expect(Math.abs(share('drop') - 0.05)).toBeLessThan(0.01);
    const statuses = new Set(faults.flatMap((fault) => (fault.kind === 'server-error' ? [fault.status] : [])));
    expect([...statuses].sort()).toEqual([502, 503, 504]);
    expect(faults.find((fault) => fault.kind === 'rate-limited')).toEqual({ kind: 'rate-limited', retryAfterSeconds: 0 });
  });

  it('faults only matching paths, and adds latency to every request', () => {
    const plan = createFaultPlan({ rateLimitedRate: 1, pathPattern: /\/count$/, latencyMs: 25 });
    expect(plan.next('/api/v2/tickets')).toEqual({ fault: { kind: 'none' }, latencyMs: 25 });
    expect(plan.next('/api/v2/tickets/count')).toEqual({ fault: { kind: 'rate-limited', retryAfterSeconds: 1 }, latencyMs: 25 });
  });

  it('injects nothing by default', () => {
    expect(draw(createFaultPlan(), 100).every((fault) => fault.kind === 'none')).toBe(true);
  });
});
