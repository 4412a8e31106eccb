/**
 * Tests that need Redis run where REDIS_URL is set (.ci/run starts a redis-server of its own for
 * them). Elsewhere they are skipped, and say so once per file; in CI (`CI` set), like the browser
 * tests, a missing Redis fails instead of skipping.
 */
export function describeWithRedis(title: string, body: (redisUrl: string) => void): void {
  const url = process.env.REDIS_URL;
  if (url !== undefined && url.trim() !== '') {
    describe(title, () => body(url));
    return;
  }
  if (process.env.CI) {
    describe(title, () => {
      it('needs REDIS_URL in CI', () => {
        throw new Error('REDIS_URL is not set: .ci/run starts a redis-server and exports it');
      });
    });
    return;
  }
  // Deliberately on the console: a skipped suite must show in the run's output.
  console.warn(`${title}: skipped, REDIS_URL is not set (set it to a Redis to run these; .ci/run starts one)`);
  describe.skip(title, () => body(''));
}
