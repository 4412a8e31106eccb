import { createRedactor, REDACTED, secretsOfAuthorization, secretsOfHeaders } from '../../../src/providers/http/redactSecrets';

const EMAIL = 'agent@example.com';
const TOKEN = 'zendesk+token/SECRET=0001';
const DECODED = `${EMAIL}/token:${TOKEN}`;
const BASE64 = Buffer.from(DECODED).toString('base64');
const BASIC = `Basic ${BASE64}`;
const BEARER = 'Bearer front.token~SECRET_0003';

describe('secretsOfAuthorization', () => {
  it('derives a Bearer value, its token, and their URL-encoded forms', () => {
    const secrets = secretsOfAuthorization(BEARER);
    expect(secrets).toEqual(expect.arrayContaining([BEARER, 'front.token~SECRET_0003', encodeURIComponent(BEARER), 'Bearer+front.token%7ESECRET_0003']));
  });

  it('derives a Basic value, its base64 (padded, unpadded, base64url), the decoded user:password and each part', () => {
    const secrets = secretsOfAuthorization(BASIC);
    expect(BASE64.endsWith('=')).toBe(true);
    expect(secrets).toEqual(
      expect.arrayContaining([
        BASIC,
        BASE64,
        BASE64.replace(/=+$/, ''),
        Buffer.from(DECODED).toString('base64url'),
        DECODED,
        `${EMAIL}/token`,
        TOKEN,
        encodeURIComponent(BASE64),
        encodeURIComponent(DECODED),
        encodeURIComponent(TOKEN),
      ]),
    );
  });

  it('does not decode a credential that is not base64 of text', () => {
    expect(secretsOfAuthorization('Basic not*base64')).toEqual(expect.arrayContaining(['Basic not*base64', 'not*base64']));
    expect(secretsOfAuthorization('Basic not*base64').some((secret) => secret.includes(':'))).toBe(false);
  });
});

describe('secretsOfHeaders', () => {
  it('takes credentials from authorization and key/token headers, not from the others', () => {
    const secrets = secretsOfHeaders({ Authorization: BEARER, 'x-api-key': 'key-0123456789', 'intercom-version': '2.16', accept: 'application/json' });
    expect(secrets).toEqual(expect.arrayContaining([BEARER, 'key-0123456789']));
    expect(secrets).not.toContain('2.16');
    expect(secrets).not.toContain('application/json');
  });
});

describe('createRedactor', () => {
  const redact = createRedactor([...secretsOfAuthorization(BASIC), ...secretsOfAuthorization(BEARER)]);

  it.each([
    ['the whole header', `bad token ${BASIC}`],
    ['the base64', `bad token ${BASE64}`],
    ['the base64 without padding', `bad token ${BASE64.replace(/=+$/, '')}`],
    ['the decoded user:password', `bad token ${DECODED}`],
    ['the password alone', `bad token ${TOKEN}!`],
    ['the URL-encoded header', `GET /x?auth=${encodeURIComponent(BASIC)}`],
    ['the URL-encoded decoded form', `user=${encodeURIComponent(DECODED)}`],
    ['the form-encoded token', new URLSearchParams({ token: TOKEN }).toString()],
    ['a bearer token', `Authorization: ${BEARER}`],
  ])('removes %s', (_label, text) => {
    const redacted = redact(text);
    expect(redacted).toContain(REDACTED);
    for (const secret of [BASE64, BASE64.replace(/=+$/, ''), DECODED, TOKEN, encodeURIComponent(TOKEN), 'front.token~SECRET_0003']) {
      expect(redacted).not.toContain(secret);
    }
  });

  it('removes user:password whole rather than leaving its user part next to a redacted password', () => {
    expect(redact(`bad ${DECODED}`)).toBe(`bad ${REDACTED}`);
  });

  it('removes any Authorization-like value, configured or not, also URL-encoded', () => {
    const none = createRedactor([]);
    expect(none('proxy said: Authorization: Bearer abc123def456ghi')).toBe('proxy said: Authorization: Bearer [redacted]');
    expect(none('Basic dXNlcjpwYXNzd29yZA== rejected')).toBe('Basic [redacted] rejected');
    expect(none('?h=Bearer%20abcdefghij0123')).toBe('?h=Bearer [redacted]');
    expect(none('token abcdefghijklmnopqrstuvwxyz')).toBe('token [redacted]');
  });

  it('leaves prose about authentication alone', () => {
    const none = createRedactor([]);
    for (const text of ['Bearer token required', 'Basic authentication failed', 'Basic realm="Web Password"', "Couldn't authenticate you"]) {
      expect(none(text)).toBe(text);
    }
  });

  it('ignores secrets too short to be credentials, which would blank ordinary words', () => {
    expect(createRedactor(['api', ''])('the api answered')).toBe('the api answered');
  });
});
