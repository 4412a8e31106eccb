import { GraphQLError } from 'graphql';

import { createCursorCodec, CURSOR_VERSION, type CursorPosition, holdsUrl } from '../../src/relay/cursor';

const codec = createCursorCodec(Buffer.from('k'.repeat(32)));
const position: CursorPosition = {
  resource: 'zendesk.tickets',
  fingerprint: 'abc',
  token: { after: 'eyJvIjoiaWQiLCJ2IjoxMH0=' },
  size: 100,
  direction: 'forward',
  index: 99,
  next: { after: 'eyJvIjoiaWQiLCJ2IjoxMDB9' },
};

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'no error';
}

describe('createCursorCodec', () => {
  it('round-trips every field, including explicit null neighbours', () => {
    expect(codec.decode(codec.encode(position))).toEqual(position);
    const first: CursorPosition = { ...position, index: 0, token: null, previous: null, direction: 'backward' };
    expect(codec.decode(codec.encode(first))).toEqual(first);
  });

  it('is base64url and carries a version byte', () => {
    const cursor = codec.encode(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url')[0]).toBe(CURSOR_VERSION);
  });

  it('writes the documented one-letter keys, with the provider token as the provider wrote it', () => {
    const json = Buffer.from(codec.encode(position), 'base64url').subarray(17).toString('utf8');
    expect(JSON.parse(json)).toEqual({
      r: 'zendesk.tickets',
      h: 'abc',
      t: { after: 'eyJvIjoiaWQiLCJ2IjoxMH0=' },
      s: 100,
      d: 'f',
      i: 99,
      n: { after: 'eyJvIjoiaWQiLCJ2IjoxMDB9' },
    });
  });

  it('refuses a cursor of an earlier version with BAD_CURSOR saying to start again', () => {
    const bytes = Buffer.from(codec.encode(position), 'base64url');
    bytes[0] = CURSOR_VERSION - 1;
    let error: unknown;
    try {
      codec.decode(bytes.toString('base64url'));
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof GraphQLError && error.extensions.code).toBe('BAD_CURSOR');
    expect(error instanceof GraphQLError && error.message).toBe(
      `The cursor has version ${CURSOR_VERSION - 1}; this server reads version ${CURSOR_VERSION}. Start again without a cursor.`,
    );
  });

  it('never contains the URL of a page', () => {
    const decoded = Buffer.from(codec.encode(position), 'base64url').toString('utf8');
    expect(decoded).not.toMatch(/https?:/);
    expect(codeOf(() => codec.encode({ ...position, token: { next: 'https://evil.example/api?page=2' } }))).toBe('UPSTREAM_PAGINATION_ERROR');
    expect(codeOf(() => codec.encode({ ...position, next: ['ok', { pageToken: 'HTTP://evil.example/' }] }))).toBe('UPSTREAM_PAGINATION_ERROR');
  });

  it('tells a token holding a URL from one that only mentions a scheme', () => {
    expect(holdsUrl({ pageToken: 'https://tenant.api.frontapp.com/contacts?page_token=x' })).toBe(true);
    expect(holdsUrl(['a', { b: ['ftp://x'] }])).toBe(true);
    for (const value of ['eyJvIjoiaWQifQ==', 'https:no-slashes', 'page https://x', 42, null, { offset: 10 }, ['a']]) expect(holdsUrl(value)).toBe(false);
  });

  it('refuses garbage, truncated and empty cursors with BAD_CURSOR', () => {
    for (const bad of ['', 'not a cursor!', 'AAAA', '%%%', codec.encode(position).slice(0, 20), 'x'.repeat(9000)]) {
      expect(codeOf(() => codec.decode(bad))).toBe('BAD_CURSOR');
    }
  });

  it('refuses a cursor with any single byte changed', () => {
    const bytes = Buffer.from(codec.encode(position), 'base64url');
    for (let at = 0; at < bytes.length; at += 1) {
      const tampered = Buffer.from(bytes);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      expect(codeOf(() => codec.decode(tampered.toString('base64url')))).toBe('BAD_CURSOR');
    }
  });

  it('refuses a cursor whose payload was rewritten (the index moved) even with a valid shape', () => {
    const bytes = Buffer.from(codec.encode(position), 'base64url');
    const json = bytes.subarray(17).toString('utf8').replace('"i":99', '"i":98');
    const forged = Buffer.concat([bytes.subarray(0, 17), Buffer.from(json)]).toString('base64url');
    expect(codeOf(() => codec.decode(forged))).toBe('BAD_CURSOR');
  });

  it('refuses cursors signed with another key', () => {
    const other = createCursorCodec(Buffer.from('o'.repeat(32)));
    expect(codeOf(() => codec.decode(other.encode(position)))).toBe('BAD_CURSOR');
  });
});
