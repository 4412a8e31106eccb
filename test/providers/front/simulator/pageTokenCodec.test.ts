import { createPageTokenCodec } from '../../../../src/providers/front/simulator/pageTokenCodec';

describe('createPageTokenCodec', () => {
  const codec = createPageTokenCodec('secret');

  it('encodes a position as 128 opaque hex characters and decodes it back', () => {
    const token = codec.encode({ scope: 'GET /contacts?', limit: 25, offset: 75 });
    expect(token).toMatch(/^[0-9a-f]{128}$/);
    expect(token).not.toContain('75');
    expect(codec.decode(token)).toEqual({ limit: 25, offset: 75, scopeDigest: codec.digestScope('GET /contacts?') });
  });

  it('gives different lists and offsets different tokens', () => {
    const a = codec.encode({ scope: 'GET /contacts?', limit: 25, offset: 25 });
    expect(codec.encode({ scope: 'GET /accounts?', limit: 25, offset: 25 })).not.toBe(a);
    expect(codec.encode({ scope: 'GET /contacts?', limit: 25, offset: 50 })).not.toBe(a);
  });

  it('refuses tokens from another secret, truncated or tampered tokens', () => {
    const token = codec.encode({ scope: 'GET /tags?', limit: 10, offset: 10 });
    expect(createPageTokenCodec('other').decode(token)).toBeNull();
    expect(codec.decode(token.slice(0, 126))).toBeNull();
    expect(codec.decode(`${token.slice(0, 40)}${token[40] === 'f' ? 'e' : 'f'}${token.slice(41)}`)).toBeNull();
    expect(codec.decode(token.toUpperCase())).toBeNull();
  });
});
