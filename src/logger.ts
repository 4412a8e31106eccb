import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Credentials must never reach a log line: request headers are redacted by
 * path, and nothing in this codebase logs provider config or upstream headers.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'helpdesk-graph' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', '*.apiToken', '*.password'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
