import { formatRateLimit, parseRateLimit } from '../../../../src/providers/http/rateLimit/parseRateLimit';

describe('parseRateLimit', () => {
  it('reads <requests>/<seconds>s', () => {
    expect(parseRateLimit('700/60s')).toEqual({ ok: true, limit: { requests: 700, perSeconds: 60 } });
    expect(parseRateLimit(' 8/1s ')).toEqual({ ok: true, limit: { requests: 8, perSeconds: 1 } });
  });

  it.each(['700', '700/60', '700/min', '700 / 60s', '700/60S', '1e3/60s', '0x10/60s', '-1/60s', '7.5/60s', '700/60ms', '700/1m', '/60s', ''])(
    'refuses %p',
    (text) => {
      expect(parseRateLimit(text)).toEqual({ ok: false, problem: 'must be <requests>/<seconds>s, e.g. 700/60s' });
    },
  );

  it('refuses a zero or absurd budget', () => {
    expect(parseRateLimit('0/60s')).toEqual({ ok: false, problem: 'requests must be from 1 to 1000000000' });
    expect(parseRateLimit('10/0s')).toEqual({ ok: false, problem: 'seconds must be from 1 to 86400' });
    expect(parseRateLimit('10/86401s')).toEqual({ ok: false, problem: 'seconds must be from 1 to 86400' });
  });

  it('writes a budget the way it is read', () => {
    expect(formatRateLimit({ requests: 200, perSeconds: 60 })).toBe('200/60s');
  });
});
