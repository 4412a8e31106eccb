import type { SimResponse } from '../../../simulators/kit/simulatorServer';

const titles: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  429: 'Too Many Requests',
};

/** Front's error envelope: `{_error: {status, title, message}}`, the status repeated in the body. */
export function frontErrorBody(status: number, message: string): { readonly _error: { status: number; title: string; message: string } } {
  return { _error: { status, title: titles[status] ?? 'Error', message } };
}

export function frontError(status: number, message: string): SimResponse {
  return { status, body: frontErrorBody(status, message) };
}
