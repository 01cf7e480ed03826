import type { ErrorCode } from '../core/errors.js';

/** An error with the HTTP status and presstrail code the client gets as JSON. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one shape of every error body: `{ error: { code, message } }`, never a stack trace. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
