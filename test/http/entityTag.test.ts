import { ifNoneMatchNames } from '../../src/http/entityTag';

describe('ifNoneMatchNames (RFC 9110 §13.1.2)', () => {
  const etag = '"abc123.br"';

  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['"abc123.br"', true],
    // Weak comparison: a W/ prefix (added by a recompressing proxy) still names the same bytes.
    ['W/"abc123.br"', true],
    // A list, with spaces, in any position; a tag with a comma inside its quotes stays one tag.
    ['"other", "abc123.br"', true],
    ['"x,y" ,W/"abc123.br"', true],
    ['*', true],
    [' * ', true],
    // Another representation of the same file (another coding) is other bytes: no match.
    ['"abc123"', false],
    ['"abc123.gzip"', false],
    ['abc123.br', false],
    ['', false],
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(ifNoneMatchNames(header, etag)).toBe(expected);
  });

  it('compares a weak tag of ours the same way', () => {
    expect(ifNoneMatchNames('"abc"', 'W/"abc"')).toBe(true);
  });
});
