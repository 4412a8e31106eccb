import { type ContentCoding, negotiateContentCoding } from '../../src/http/acceptEncoding';

const ALL: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

describe('negotiateContentCoding (RFC 9110 §12.5.3)', () => {
  it.each<[string | undefined, ContentCoding | null]>([
    // What browsers send: everything at q=1, so the server's preference (smallest) wins.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    // No header: any coding would do, but clients that send none expect the bytes as they are.
    [undefined, 'identity'],
    // An empty value asks for no coding at all.
    ['', 'identity'],
    ['deflate', 'identity'],
    // Weights decide before preference, and codings are case-insensitive with optional spaces.
    ['br;q=0.5, gzip', 'gzip'],
    ['BR ; Q=0.9 , GZip;q=0.8', 'br'],
    ['gzip;q=1.000, br;q=0.999', 'gzip'],
    // q=0 refuses; "*" covers every coding not named, identity included.
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['gzip;q=0, *', 'br'],
    ['*;q=0, gzip;q=0.1', 'gzip'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['identity, br;q=0.5', 'identity'],
    // identity is acceptable by default; refusing it and everything else leaves nothing.
    ['identity;q=0', null],
    ['*;q=0', null],
    ['br;q=0, gzip;q=0, identity;q=0', null],
    ['*;q=0, identity;q=0.2', 'identity'],
    // "x-gzip" is gzip; empty list members mean nothing; a malformed weight ignores its member.
    ['x-gzip', 'gzip'],
    [', ,gzip,', 'gzip'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=0.1234, gzip;q=0.5', 'gzip'],
    ['br;q=abc', 'identity'],
    // A coding named twice keeps its best weight.
    ['gzip;q=0, gzip;q=0.4, br;q=0.3', 'gzip'],
  ])('Accept-Encoding %j → %s', (header, expected) => {
    expect(negotiateContentCoding(header, ALL)).toBe(expected);
  });

  it('only picks among the codings offered', () => {
    expect(negotiateContentCoding('br, gzip', ['identity'])).toBe('identity');
    expect(negotiateContentCoding('br, identity;q=0', ['identity'])).toBeNull();
    expect(negotiateContentCoding('gzip, br', ['gzip', 'identity'])).toBe('gzip');
  });
});
