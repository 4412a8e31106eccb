import { Writable } from 'node:stream';

import { createLogger } from '../../src/logger';
import { createOutageWarnings } from '../../src/logging/outageWarnings';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { lines, logger };
}

describe('outage warnings', () => {
  it('warns once per provider per interval, then says how many failures it left out', () => {
    let now = 1_000_000;
    const { lines, logger } = capture();
    const warnings = createOutageWarnings({ intervalMs: 60_000, now: () => now });
    warnings.report(logger, { provider: 'front', code: 'UPSTREAM_UNAVAILABLE' });
    for (let i = 0; i < 5; i += 1) {
      now += 10_000;
      warnings.report(logger, { provider: 'front', code: 'UPSTREAM_UNAVAILABLE' });
    }
    // 50 s after the first warning: still inside the interval.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, provider: 'front', code: 'UPSTREAM_UNAVAILABLE', suppressed: 0, msg: 'upstream provider failing' });
    now += 10_000;
    warnings.report(logger, { provider: 'front', code: 'UPSTREAM_TIMEOUT' });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: 40, provider: 'front', code: 'UPSTREAM_TIMEOUT', suppressed: 5 });
    now += 1;
    warnings.report(logger, { provider: 'front', code: 'UPSTREAM_TIMEOUT' });
    expect(lines).toHaveLength(2);
  });

  it('keeps each provider on its own schedule', () => {
    const now = 0;
    const { lines, logger } = capture();
    const warnings = createOutageWarnings({ now: () => now });
    warnings.report(logger, { provider: 'front', code: 'UPSTREAM_UNAVAILABLE' });
    warnings.report(logger, { provider: 'zendesk', code: 'UPSTREAM_AUTH_FAILED', upstreamStatus: 401 });
    warnings.report(logger, { provider: 'front', code: 'UPSTREAM_UNAVAILABLE' });
    warnings.report(logger, { provider: 'zendesk', code: 'UPSTREAM_AUTH_FAILED', upstreamStatus: 401 });
    expect(lines.map((line) => [line['provider'], line['code'], line['upstreamStatus']])).toEqual([
      ['front', 'UPSTREAM_UNAVAILABLE', undefined],
      ['zendesk', 'UPSTREAM_AUTH_FAILED', 401],
    ]);
  });
});
