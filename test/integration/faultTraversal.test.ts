import type { Counter } from 'prom-client';

import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import type { FaultOptions } from '../../src/simulators/kit/faultPlan';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { frontEnv, intercomEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { traverseForward } from '../helpers/traverse';

/** 30 % 429 (Retry-After: 0), 5 % 502/503/504, 5 % dropped connections: 40 % of all attempts fail. */
const faults = (seed: number): FaultOptions => ({ seed, rateLimitedRate: 0.3, retryAfterSeconds: 0, serverErrorRate: 0.05, dropRate: 0.05 });

/**
 * Sized for 40 % failing attempts: a call gives up after 10 retries with probability
 * 0.4^11 ≈ 4·10⁻⁵, and a GraphQL page of 500 (at most 5 native pages) expects 5 · 0.4/0.6 ≈ 3.3
 * retries, far below its budget of 30. Backoff is kept to a few ms so the test stays fast.
 */
const RETRY_ENV = {
  UPSTREAM_MAX_RETRIES: '10',
  UPSTREAM_RETRY_BUDGET: '30',
  UPSTREAM_RETRY_BASE_DELAY_MS: '2',
  UPSTREAM_RETRY_MAX_DELAY_MS: '20',
};

interface Tally {
  readonly attempts: number;
  readonly ok: number;
  readonly rateLimited: number;
  readonly serverErrors: number;
  readonly dropped: number;
}

function tally(simulator: RunningSimulator): Tally {
  const statuses = simulator.requests.entries.map((entry) => entry.status);
  return {
    attempts: statuses.length,
    ok: statuses.filter((status) => status === 200).length,
    rateLimited: statuses.filter((status) => status === 429).length,
    serverErrors: statuses.filter((status) => status >= 500).length,
    dropped: statuses.filter((status) => status === 0).length,
  };
}

describe('full traversals while the providers fail 40 % of calls (429, 5xx, dropped connections)', () => {
  let zendesk: ZendeskSimulator;
  let intercom: IntercomSimulator;
  let front: FrontSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 5_000, articles: 10 }, faults: faults(11) });
    intercom = await startIntercomSimulator({ faults: faults(17) });
    front = await startFrontSimulator({ faults: faults(13) });
    gateway = await startTestGateway({ ...zendeskEnv(zendesk), ...intercomEnv(intercom), ...frontEnv(front), ...RETRY_ENV });
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all([zendesk.close(), intercom.close(), front.close()]);
  });

  /** Sums a counter's samples for one provider, from the gateway's own /metrics registry. */
  async function counted(name: string, provider: string): Promise<number> {
    const metric = gateway.runtime.gateway.metrics.registry.getSingleMetric(name) as Counter | undefined;
    const values = (await metric?.get())?.values ?? [];
    return values.filter((sample) => sample.labels.provider === provider).reduce((sum, sample) => sum + sample.value, 0);
  }

  /** Every failed attempt was retried (nothing was lost), and the gateway observed every attempt. */
  async function expectEveryFailureRetried(simulator: RunningSimulator, provider: string, okCalls: number): Promise<Tally> {
    const seen = tally(simulator);
    expect(seen.ok).toBe(okCalls);
    expect(seen.rateLimited + seen.serverErrors + seen.dropped).toBe(seen.attempts - okCalls);
    expect(await counted('upstream_requests_total', provider)).toBe(seen.attempts);
    expect(await counted('upstream_retries_total', provider)).toBe(seen.attempts - okCalls);
    // The fault mix really happened (the seeds are fixed: the callers pin the exact tallies).
    expect(seen.rateLimited).toBeGreaterThan(0);
    expect(seen.serverErrors).toBeGreaterThan(0);
    expect(seen.dropped).toBeGreaterThan(0);
    return seen;
  }

  it('Zendesk: 5,000 tickets, each exactly once, in id order', async () => {
    const result = await traverseForward(gateway, 'zendesk', 'tickets', 500);
    expect(result.ids).toEqual([...zendesk.data.tickets].sort((a, b) => a.id - b.id).map((ticket) => String(ticket.id)));
    // 50 full native pages, plus the empty one Zendesk's `has_more` on a full last page asks for.
    expect(await expectEveryFailureRetried(zendesk, 'zendesk', 51)).toEqual({ attempts: 84, ok: 51, rateLimited: 23, serverErrors: 2, dropped: 8 });
  });

  it('Intercom: 2,000 conversations, each exactly once', async () => {
    const result = await traverseForward(gateway, 'intercom', 'conversations', 500);
    expect(result.ids).toHaveLength(2_000);
    expect([...result.ids].sort()).toEqual(intercom.data.conversations.map((conversation) => conversation.id).sort());
    // Each GraphQL page of 500 is 4 native pages (150 + 150 + 150 + 50): 4 × 4.
    expect(await expectEveryFailureRetried(intercom, 'intercom', 16)).toEqual({ attempts: 23, ok: 16, rateLimited: 4, serverErrors: 1, dropped: 2 });
  });

  it('Front: 3,000 conversations, each exactly once', async () => {
    const result = await traverseForward(gateway, 'front', 'conversations', 500);
    expect(result.ids).toHaveLength(3_000);
    expect([...result.ids].sort()).toEqual(front.data.conversations.map((conversation) => conversation.id).sort());
    expect(await expectEveryFailureRetried(front, 'front', 30)).toEqual({ attempts: 47, ok: 30, rateLimited: 10, serverErrors: 2, dropped: 5 });
  });
});
