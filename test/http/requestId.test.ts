import { requestIdOf } from '../../src/http/requestId';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it.each(['abc-123', '0f5e9c1a-7b1e-4c2d-9a3b-2f6d8e4c1b0a', '01HZY3J5K6M7N8P9Q0R1S2T3V4', 'svc:edge.42_a', 'x', 'a'.repeat(128)])(
    'keeps the caller id %j',
    (id) => {
      expect(requestIdOf(id)).toBe(id);
    },
  );

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['with a space', 'abc 123'],
    ['with a newline', 'abc\n{"level":50}'],
    ['with a quote', 'abc"def'],
    ['non-ASCII', 'tést'],
    ['sent twice (Node joins them)', 'abc, def'],
  ])('replaces an id %s with a fresh UUID', (_case, id) => {
    const replaced = requestIdOf(id);
    expect(replaced).toMatch(UUID);
  });

  it('generates a different UUID for each request without one', () => {
    const ids = new Set(Array.from({ length: 50 }, () => requestIdOf(undefined)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('replaces a repeated header given as a list', () => {
    expect(requestIdOf(['abc', 'def'])).toMatch(UUID);
  });
});
