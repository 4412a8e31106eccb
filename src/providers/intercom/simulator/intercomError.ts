import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../../../simulators/kit/simulatorServer';

/** Intercom answers every failure with an error list: `{type: 'error.list', request_id, errors: [{code, message}]}`. */
export interface IntercomErrorBody {
  type: 'error.list';
  request_id: string;
  errors: Array<{ code: string; message: string; field?: string }>;
}

export function intercomErrorBody(code: string, message: string, field?: string): IntercomErrorBody {
  return {
    type: 'error.list',
    request_id: randomUUID(),
    errors: [field === undefined ? { code, message } : { code, message, field }],
  };
}

export function intercomError(status: number, code: string, message: string, field?: string): SimResponse {
  return { status, body: intercomErrorBody(code, message, field) };
}

/** A validation failure inside a request handler, turned into a 400 error list at the route edge. */
export class IntercomRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'IntercomRequestError';
  }

  toResponse(): SimResponse {
    return intercomError(this.status, this.code, this.message, this.field);
  }
}

export function badRequest(message: string, field?: string, code = 'parameter_invalid'): IntercomRequestError {
  return new IntercomRequestError(400, code, message, field);
}

/** Runs a handler and maps thrown request errors to their error list; anything else is a bug and rethrows. */
export function answering(handler: () => SimResponse): SimResponse {
  try {
    return handler();
  } catch (error) {
    if (error instanceof IntercomRequestError) return error.toResponse();
    throw error;
  }
}
