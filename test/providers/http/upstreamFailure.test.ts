import { createRedactor, REDACTED } from '../../../src/providers/http/redactSecrets';
import { summariseErrorBody, UpstreamHttpError } from '../../../src/providers/http/upstreamFailure';
import { ErrorCode } from '../../../src/errorCodes';
import { readFrontErrorFields } from '../../../src/providers/front/api/errorBody';
import type { ErrorFields } from '../../../src/providers/http/errorBodyFields';
import { readIntercomErrorFields } from '../../../src/providers/intercom/api/errorBody';
import { readZendeskErrorFields } from '../../../src/providers/zendesk/api/errorBody';
import { frontErrorBody } from '../../../src/providers/front/simulator/frontError';
import { intercomErrorBody } from '../../../src/providers/intercom/simulator/intercomError';
import { badRequest, recordNotFound, tooManyRequestsBody, unauthorized } from '../../../src/providers/zendesk/simulator/zendeskErrors';

/** Each body is read by its own provider's reader; a shape no reader knows says nothing. */
function readAnyErrorFields(body: unknown): ErrorFields {
  for (const read of [readZendeskErrorFields, readIntercomErrorFields, readFrontErrorFields]) {
    const fields = read(body);
    if (fields.code !== null || fields.message !== null) return fields;
  }
  return { code: null, message: null };
}

const SECRET = 'token-SECRET-0123456789';
const redact = createRedactor([SECRET]);
const keep = createRedactor([]);

describe('summariseErrorBody: each provider’s documented error shape (as the simulators send it)', () => {
  it.each([
    ['Zendesk {error, description}', recordNotFound().body, { code: 'RecordNotFound', message: 'Not found' }],
    ['Zendesk {error} alone', unauthorized().body, { code: "Couldn't authenticate you", message: "Couldn't authenticate you" }],
    ['Zendesk {error: {title, message}}', { error: { title: 'Forbidden', message: 'You do not have access' } }, { code: 'Forbidden', message: 'You do not have access' }],
    ['Zendesk Errors list', badRequest('InvalidPaginationParameter', 'page[size] must be at most 100').body, { code: 'InvalidPaginationParameter', message: 'page[size] must be at most 100' }],
    ['Zendesk 429 Errors list (title only)', tooManyRequestsBody(), { code: 'TooManyRequests', message: 'Too many requests' }],
    ['Intercom error.list', intercomErrorBody('unauthorized', 'Access Token Invalid'), { code: 'unauthorized', message: 'Access Token Invalid' }],
    ['Front _error', frontErrorBody(404, 'Unknown conversation'), { code: 'Not found', message: 'Unknown conversation' }],
  ])('%s', (_label, body, expected) => {
    expect(summariseErrorBody(body, keep, readAnyErrorFields)).toEqual(expected);
  });

  it.each([[undefined], ['text'], [[]], [{}], [{ errors: [] }], [{ errors: ['x'] }], [{ _error: { message: '' } }]])('says nothing for %j', (body) => {
    expect(summariseErrorBody(body, keep, readAnyErrorFields)).toEqual({ code: null, message: '' });
  });

  it('redacts code and message, and redacts before cutting, so no prefix of a secret survives the cut', () => {
    const message = `${'x'.repeat(190)} ${SECRET} and more`;
    const summary = summariseErrorBody({ errors: [{ code: `Bad ${SECRET}`, message }] }, redact, readIntercomErrorFields);
    expect(summary.code).toBe(`Bad ${REDACTED}`);
    expect(summary.message).toBe(`${'x'.repeat(190)} ${REDACTED}`.slice(0, 200) + '…');
    expect(summary.message).not.toContain(SECRET.slice(0, 5));
  });

  it('flattens whitespace and cuts a long message to 200 characters', () => {
    const summary = summariseErrorBody({ error: 'Bad', description: `line one\n\tline two ${'y'.repeat(300)}` }, keep, readZendeskErrorFields);
    expect(summary.message.startsWith('line one line two y')).toBe(true);
    expect(summary.message).toHaveLength(201);
  });
});

describe('UpstreamHttpError', () => {
  it('carries provider, status and the upstream code in its details, the redacted message in its text', () => {
    const error = new UpstreamHttpError('intercom', 401, false, null, ErrorCode.UPSTREAM_AUTH_FAILED, summariseErrorBody(intercomErrorBody('token_unauthorized', `bad ${SECRET}`), redact, readIntercomErrorFields));
    expect(error.message).toBe(`intercom answered HTTP 401: bad ${REDACTED}`);
    expect(error.details).toEqual({ provider: 'intercom', upstreamStatus: 401, upstreamCode: 'token_unauthorized' });
  });
});
