import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake provider that fails every call and echoes the credentials it received in every field of
 * its error body, as a careless provider or a proxy in front of it might. Knows nothing of the
 * gateway: it only reads the `Authorization` header it was sent.
 */

/** The error body shapes the providers document (their OpenAPI descriptions and docs; the simulators send them too). */
export const ERROR_SHAPES = {
  /** `{error, description}`: authentication, missing records, search (`error: "unavailable"`). */
  'zendesk-error-description': 'zendesk',
  /** `{error: {title, message}}`: Zendesk's 403-style object. */
  'zendesk-error-object': 'zendesk',
  /** The spec's `Errors` schema: `{errors: [{code, title, detail, status}]}` (validation, 429, 500). */
  'zendesk-errors-list': 'zendesk',
  /** The spec's error list: `{type: 'error.list', request_id, errors: [{code, message, field}]}`. */
  'intercom-error-list': 'intercom',
  /** `{_error: {status, title, message, details}}`. */
  'front-error': 'front',
} as const;
export type ErrorShape = keyof typeof ERROR_SHAPES;

/** The credential as it arrived, in each form an echo could show it. */
export interface CredentialForms {
  /** The whole header value, `Bearer x` / `Basic base64`. */
  readonly header: string;
  /** What follows the scheme: the token, or the Basic base64. */
  readonly credential: string;
  /** Basic only: the decoded `user:password` (Zendesk: `email/token:<token>`). */
  readonly decoded: string | null;
  /** The secret itself: the bearer token, or the Basic password (Zendesk's API token). */
  readonly token: string;
  readonly urlEncodedHeader: string;
  readonly urlEncodedDecoded: string | null;
  readonly urlEncodedToken: string;
}

export function credentialForms(header: string): CredentialForms {
  const [scheme = '', credential = ''] = header.split(/\s+/, 2);
  const decoded = scheme.toLowerCase() === 'basic' ? Buffer.from(credential, 'base64').toString('utf8') : null;
  const token = decoded === null ? credential : decoded.slice(decoded.indexOf(':') + 1);
  return {
    header,
    credential,
    decoded,
    token,
    urlEncodedHeader: encodeURIComponent(header),
    urlEncodedDecoded: decoded === null ? null : encodeURIComponent(decoded),
    urlEncodedToken: encodeURIComponent(token),
  };
}

export type EchoedForm = keyof CredentialForms;
export const ECHOED_FORMS: ReadonlyArray<EchoedForm> = ['header', 'credential', 'decoded', 'token', 'urlEncodedHeader', 'urlEncodedDecoded', 'urlEncodedToken'];

/** The code each shape carries before the echo, so a test can find it in `upstreamCode`. */
export const UPSTREAM_CODES: Readonly<Record<ErrorShape, string>> = {
  'zendesk-error-description': 'InvalidToken',
  'zendesk-error-object': 'Forbidden',
  'zendesk-errors-list': 'TooManyRequests',
  'intercom-error-list': 'token_unauthorized',
  'front-error': 'Unauthorized',
};

function errorBody(shape: ErrorShape, status: number, echo: string): unknown {
  const code = `${UPSTREAM_CODES[shape]} ${echo}`;
  const text = `bad credentials ${echo}`;
  switch (shape) {
    case 'zendesk-error-description':
      return { error: code, description: text };
    case 'zendesk-error-object':
      return { error: { title: code, message: text } };
    case 'zendesk-errors-list':
      return { errors: [{ code, title: text, detail: text, status: String(status) }] };
    case 'intercom-error-list':
      return { type: 'error.list', request_id: echo, errors: [{ code, message: text, field: echo }] };
    case 'front-error':
      return { _error: { status, title: code, message: text, details: [text] } };
  }
}

export interface EchoingUpstream {
  readonly url: string;
  /** What the next calls answer: HTTP status, body shape, and which form of the credential they echo. */
  answer(status: number, shape: ErrorShape, form: EchoedForm): void;
  /** Authorization headers received, in order (a test derives the secret forms from them). */
  readonly received: ReadonlyArray<string>;
  close(): Promise<void>;
}

export async function startEchoingUpstream(): Promise<EchoingUpstream> {
  let status = 500;
  let shape: ErrorShape = 'zendesk-error-description';
  let form: EchoedForm = 'header';
  const received: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    req.resume();
    const header = req.headers.authorization ?? '';
    received.push(header);
    const echo = credentialForms(header)[form] ?? header;
    const body = JSON.stringify(errorBody(shape, status, echo));
    // Retry-After: 0 keeps a 429 retryable at once, for a gateway that retries.
    res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '0' } : {}) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answer(nextStatus, nextShape, nextForm) {
      status = nextStatus;
      shape = nextShape;
      form = nextForm;
    },
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
