import { keysetSlice, type KeysetStart } from '../../../src/simulators/kit/pagination/keysetCursor';
import { decodeJsonCursor, encodeJsonCursor } from '../../../src/simulators/kit/pagination/jsonCursor';
import { offsetSlice, reachesPast } from '../../../src/simulators/kit/pagination/offsetPage';
import { listScope, resolvePageToken, tokenPage, type PageTokenCodec } from '../../../src/simulators/kit/pagination/pageToken';

const ids = Array.from({ length: 10 }, (_, index) => (index + 1) * 10); // 10, 20, … 100
const byId = (record: number, key: number): number => record - key;

describe('keyset cursor paging', () => {
  const page = (start: KeysetStart<number>, size: number) => keysetSlice(ids, byId, start, size);

  it('serves the first page, then the records strictly after a key', () => {
    expect(page({ kind: 'first' }, 3)).toEqual({ records: [10, 20, 30], from: 0, to: 3, total: 10 });
    expect(page({ kind: 'after', key: 30 }, 3).records).toEqual([40, 50, 60]);
    expect(page({ kind: 'after', key: 90 }, 3)).toMatchObject({ records: [100], to: 10 });
    expect(page({ kind: 'after', key: 100 }, 3).records).toEqual([]);
  });

  it('serves the records just before a key, in list order', () => {
    expect(page({ kind: 'before', key: 70 }, 3).records).toEqual([40, 50, 60]);
    expect(page({ kind: 'before', key: 20 }, 3)).toMatchObject({ records: [10], from: 0 });
  });

  it('finds a boundary by position, so a cursor whose record is gone still works', () => {
    expect(page({ kind: 'after', key: 35 }, 2).records).toEqual([40, 50]);
    expect(page({ kind: 'before', key: 35 }, 2).records).toEqual([20, 30]);
  });

  it('walks the whole list forward without gaps or repeats', () => {
    const seen: number[] = [];
    let start: KeysetStart<number> = { kind: 'first' };
    for (;;) {
      const slice = page(start, 4);
      seen.push(...slice.records);
      const last = slice.records[slice.records.length - 1];
      if (slice.to >= slice.total || last === undefined) break;
      start = { kind: 'after', key: last };
    }
    expect(seen).toEqual(ids);
  });

  it('round-trips JSON cursors as base64 and rejects anything else', () => {
    const token = encodeJsonCursor([1707930081000, 131, 2]);
    expect(token).toBe('WzE3MDc5MzAwODEwMDAsMTMxLDJd'); // the Intercom seed's own example cursor
    expect(decodeJsonCursor(token)).toEqual([1707930081000, 131, 2]);
    expect(decodeJsonCursor('not a cursor!')).toBeUndefined();
    expect(decodeJsonCursor(Buffer.from('{oops').toString('base64'))).toBeUndefined();
    const urlSafe = encodeJsonCursor({ o: 'id', v: 1023 }).replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeJsonCursor(`${urlSafe}-`)).toBeUndefined();
    expect(decodeJsonCursor(urlSafe, { urlSafe: true })).toEqual({ o: 'id', v: 1023 });
  });
});

describe('offset / page-number paging', () => {
  it('slices page n of perPage, counting from 1, with totals and neighbours', () => {
    expect(offsetSlice(ids, { page: 1, perPage: 4 })).toEqual({ records: [10, 20, 30, 40], total: 10, pageCount: 3, hasNext: true, hasPrevious: false });
    expect(offsetSlice(ids, { page: 3, perPage: 4 })).toEqual({ records: [90, 100], total: 10, pageCount: 3, hasNext: false, hasPrevious: true });
    expect(offsetSlice(ids, { page: 5, perPage: 4 })).toMatchObject({ records: [], hasNext: false });
  });

  it('knows when a page reaches past a provider cap', () => {
    expect(reachesPast({ page: 100, perPage: 100 }, 10_000)).toBe(false);
    expect(reachesPast({ page: 101, perPage: 100 }, 10_000)).toBe(true);
  });
});

describe('page-token paging', () => {
  /** A transparent codec: the kit's mechanics do not depend on how a provider seals its tokens. */
  const codec: PageTokenCodec = {
    digestScope: (scope) => Buffer.from(scope).toString('hex'),
    encode: ({ scope, limit, offset }) => `${Buffer.from(scope).toString('hex')}.${limit}.${offset}`,
    decode: (token) => {
      const [scopeDigest, limit, offset] = token.split('.');
      return scopeDigest && limit && offset ? { scopeDigest, limit: Number(limit), offset: Number(offset) } : null;
    },
  };
  const paging = new Set(['limit', 'page_token']);
  const scope = listScope('GET', '/contacts', new URLSearchParams('sort_order=asc&limit=3'), paging);

  it('ties a list to its non-paging parameters in any order', () => {
    expect(scope).toBe('GET /contacts?sort_order=asc');
    expect(listScope('GET', '/contacts', new URLSearchParams('b=2&a=1'), paging)).toBe(listScope('GET', '/contacts', new URLSearchParams('a=1&b=2'), paging));
  });

  it('walks the list with next tokens, inheriting the limit, and ends with null', () => {
    const seen: number[] = [];
    let token: string | null = null;
    let limit: number | undefined = 4;
    do {
      const window = resolvePageToken({ token, limit, defaultLimit: 50, scope, codec });
      if (!window.ok) throw new Error(window.problem.kind);
      const page = tokenPage(ids, window.position, codec);
      seen.push(...page.records);
      token = page.nextToken;
      limit = undefined;
    } while (token !== null);
    expect(seen).toEqual(ids);
  });

  it('uses the default limit without a token, and refuses foreign, garbled or re-limited tokens', () => {
    expect(resolvePageToken({ token: null, limit: undefined, defaultLimit: 50, scope, codec })).toEqual({ ok: true, position: { scope, limit: 50, offset: 0 } });
    const token = codec.encode({ scope, limit: 4, offset: 4 });
    expect(resolvePageToken({ token: 'garbage', limit: undefined, defaultLimit: 50, scope, codec })).toEqual({ ok: false, problem: { kind: 'invalid-token' } });
    expect(resolvePageToken({ token, limit: undefined, defaultLimit: 50, scope: 'GET /accounts?', codec })).toEqual({ ok: false, problem: { kind: 'other-list' } });
    expect(resolvePageToken({ token, limit: 5, defaultLimit: 50, scope, codec })).toEqual({ ok: false, problem: { kind: 'other-limit', tokenLimit: 4, requestedLimit: 5 } });
  });
});
