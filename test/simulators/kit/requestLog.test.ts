import { createRequestLog, type LoggedRequest } from '../../../src/simulators/kit/requestLog';

const call = (index: number): LoggedRequest => ({ method: 'GET', path: `/api/v2/tickets/${index}`, query: '', status: 200 });

describe('createRequestLog', () => {
  it('keeps every request up to its limit, in order', () => {
    const log = createRequestLog(10);
    for (let index = 0; index < 10; index += 1) log.add(call(index));
    expect(log.entries.map((entry) => entry.path)).toEqual(Array.from({ length: 10 }, (_, index) => `/api/v2/tickets/${index}`));
  });

  it('drops its oldest half past the limit, and then refuses to be read rather than give a short count', () => {
    const log = createRequestLog(10);
    for (let index = 0; index < 11; index += 1) log.add(call(index));
    expect(() => log.entries).toThrow("The simulator's request log dropped its 6 oldest entries (it holds 10): clear() it before what you count.");
  });

  it('is usable again after clear(), in the same array a test may hold', () => {
    const log = createRequestLog(10);
    const held = log.entries;
    for (let index = 0; index < 25; index += 1) log.add(call(index));
    log.clear();
    log.add(call(99));
    expect(log.entries).toBe(held);
    expect(log.entries).toEqual([call(99)]);
  });

  it('holds at most its limit however long it serves', () => {
    const log = createRequestLog(10);
    const held = log.entries;
    for (let index = 0; index < 1_000; index += 1) {
      log.add(call(index));
      expect(held.length).toBeLessThanOrEqual(10);
    }
    // The newest requests are the ones kept.
    expect(held.at(-1)).toEqual(call(999));
  });
});
