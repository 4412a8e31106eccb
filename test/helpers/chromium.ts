import { existsSync } from 'node:fs';

/** Debian's chromium (`apt-get install chromium`, done by .ci/run): playwright's own browser downloads cannot work offline. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * `describe` when Chromium is installed. Without it, CI fails (a browser test must not silently
 * vanish there) and a local run skips with a warning, as test/browser/graphiql.test.ts does.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const message = `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (.ci/run does) to run ${name}`;
  if (process.env.CI) {
    test(name, () => {
      throw new Error(message);
    });
  } else {
    console.warn(`Skipping: ${message}`);
    test.skip(`${name} (needs chromium)`, () => undefined);
  }
}
