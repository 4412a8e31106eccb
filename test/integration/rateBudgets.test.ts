import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { startZendeskSimulator } from '../../src/providers/zendesk/simulator';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { type RateLimitedUpstream, startRateLimitedUpstream, type TimedRequest } from '../helpers/rateLimitedUpstream';
import { type RedisServer, startRedisServer } from '../helpers/redisServer';
import { driveGateways } from '../helpers/driveGateways';
import { describeWithRedis } from '../helpers/redisTests';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/**
 * The provider's limit in these tests: 60 calls per 4 s window (the fake upstream's fixed window),
 * R = 15 calls a second. Four seconds: the budget's guard (slidingWindow.ts, 250 ms for short
 * windows) is then 6% of the window, so the run can reach 90% of the provider's rate.
 */
const LIMIT = 60;
const WINDOW_MS = 4_000;
const R = LIMIT / (WINDOW_MS / 1000);

const run = promisify(execFile);

/**
 * Calls per second the provider received, over the whole provider windows the run covered: from
 * the first call, as many full windows as fit before the last. Bursts and gaps inside count as they
 * fell, and the partial last window is left out rather than guessed at.
 */
function achievedRate(requests: ReadonlyArray<TimedRequest>): { calls: number; windows: number; perSecond: number } {
  const first = requests[0]?.at ?? 0;
  const last = requests[requests.length - 1]?.at ?? 0;
  const windows = Math.floor((last - first) / WINDOW_MS);
  const calls = requests.filter((request) => request.at < first + windows * WINDOW_MS).length;
  return { calls, windows, perSecond: windows === 0 ? 0 : calls / ((windows * WINDOW_MS) / 1000) };
}

describeWithRedis('rate budgets across gateway instances (REDIS_URL)', (redisUrl) => {
  let simulator: RunningSimulator;
  let upstream: RateLimitedUpstream;
  const gateways: TestGateway[] = [];
  beforeEach(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 600, users: 50, organizations: 5, groups: 2, articles: 10, maxCommentsPerTicket: 1 } });
    // A fresh port per test: a fresh account, so each test has a budget of its own in the shared Redis.
    upstream = await startRateLimitedUpstream(simulator.url, LIMIT, WINDOW_MS);
  });
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.stop()));
    await upstream.close();
    await simulator.close();
  });

  it('two instances driven at once stay under the provider’s limit (no 429) and use at least 90% of it', async () => {
    // In a process of its own (test/fixtures/rateBudgets/twoInstances.ts says why).
    const { stdout } = await run(process.execPath, ['-r', join(__dirname, '..', 'helpers', 'registerTs.js'), join(__dirname, '..', 'fixtures', 'rateBudgets', 'twoInstances.ts')], {
      env: { ...process.env, REDIS_URL: redisUrl, RATE_LIMIT: String(LIMIT), RATE_WINDOW_MS: String(WINDOW_MS) },
      maxBuffer: 16 * 1024 * 1024,
    });
    const seen = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { sharing: unknown[]; responses: number; errors: unknown[]; statuses: number[]; requests: TimedRequest[] };
    expect(seen.sharing).toEqual([
      { ok: true, shared: true, degraded: false },
      { ok: true, shared: true, degraded: false },
    ]);
    expect(seen.responses).toBe(64);
    expect(seen.errors).toEqual([]);
    expect(seen.statuses).toEqual([200]);
    expect(seen.requests.filter((request) => request.rateLimited)).toEqual([]);
    expect(seen.requests).toHaveLength(320);
    const rate = achievedRate(seen.requests);
    expect(rate.windows).toBeGreaterThanOrEqual(4);
    expect(rate.perSecond).toBeGreaterThanOrEqual(0.9 * R);
  });

  describe('Redis killed mid-run (a redis-server of this test’s own)', () => {
    let redis: RedisServer;
    beforeEach(async () => {
      redis = await startRedisServer();
    });
    afterEach(() => redis.stop());

    it('fails no request: both instances fall back to local budgets, report it on /ready, and share again once Redis is back', async () => {
      const env = { ...zendeskEnv(upstream), ZENDESK_RATE_LIMIT: `${LIMIT}/${WINDOW_MS / 1000}s`, REDIS_URL: redis.url };
      gateways.push(await startTestGateway(env), await startTestGateway(env));
      let killed: Promise<void> | undefined;
      // 2 × 4 × 3 × 5 = 120 calls; Redis goes after the first 4 queries have their answers.
      const responses = await driveGateways(gateways, 4, 3, (done) => {
        if (done === 4) killed = redis.kill();
      });
      await killed;

      expect(responses).toHaveLength(24);
      expect(responses.filter((response) => response.errors !== undefined)).toEqual([]);
      for (const gateway of gateways) {
        expect((await gateway.runtime.gateway.readiness.report()).checks.rateBudgets).toEqual({ ok: true, shared: true, degraded: true });
      }

      await redis.restart();
      for (const gateway of gateways) {
        // ioredis reconnects by itself; /ready says so once it has.
        while ((await gateway.runtime.gateway.readiness.report()).checks.rateBudgets?.degraded !== false) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const after = await driveGateways(gateways, 1, 1);
      expect(after.filter((response) => response.errors !== undefined)).toEqual([]);
    });
  });
});
