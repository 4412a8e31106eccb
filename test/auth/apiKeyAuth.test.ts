import { createHash } from 'node:crypto';

import { apiKeyId, createApiKeyCheck } from '../../src/auth/apiKeyAuth';

const KEYS = ['first-key-0123456789abcdef', 'second-key-0123456789abcdef'];

describe('createApiKeyCheck', () => {
  it('is off (null) without keys', () => {
    expect(createApiKeyCheck([])).toBeNull();
  });

  it('names the key that matched by its id, and each key by a different one', () => {
    const check = createApiKeyCheck(KEYS);
    const ids = KEYS.map((key) => check?.(`Bearer ${key}`));
    expect(ids).toEqual(KEYS.map(apiKeyId));
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps a key its id when the list is reordered or another key is dropped (rotation)', () => {
    const [first = '', second = ''] = KEYS;
    expect(createApiKeyCheck([second, first])?.(`Bearer ${first}`)).toBe(createApiKeyCheck(KEYS)?.(`Bearer ${first}`));
    expect(createApiKeyCheck([second])?.(`Bearer ${second}`)).toBe(createApiKeyCheck(KEYS)?.(`Bearer ${second}`));
  });

  it.each([undefined, '', 'Bearer', 'Bearer wrong-key-0123456789abcdef', `Basic ${KEYS[0] ?? ''}`, `Bearer ${KEYS[0] ?? ''}x`])('matches no key for %j', (authorization) => {
    expect(createApiKeyCheck(KEYS)?.(authorization)).toBeNull();
  });
});

describe('apiKeyId', () => {
  it('is the first 8 hex characters of the key\'s SHA-256 (what `sha256sum | cut -c1-8` prints), and never contains the key', () => {
    const key = KEYS[0] ?? '';
    expect(apiKeyId(key)).toBe(createHash('sha256').update(key).digest('hex').slice(0, 8));
    expect(apiKeyId(key)).toMatch(/^[0-9a-f]{8}$/);
  });
});
