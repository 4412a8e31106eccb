/**
 * Tests that need Redis run where REDIS_URL is set (.ci/run starts a redis-server of its own for
 * them, so in CI they always run). Elsewhere they are skipped, and say so once per file.
 */
export function describeWithRedis(title: string, body: (redisUrl: string) => void): void {
  const url = process.env.REDIS_URL;
  if (url === undefined || url.trim() === '') {
    // eslint-style console use is deliberate: a skipped suite must be visible in the run's output.
    console.warn(`${title}: skipped, REDIS_URL is not set (set it to a Redis to run these; .ci/run starts one)`);
    describe.skip(title, () => body(''));
    return;
  }
  describe(title, () => body(url));
}
