import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { AppError, ErrorDetail, ErrorKind } from '#shared/errors';
import { renderMessage } from '#shared/messages/catalogue';
import type { Language } from '#shared/messages/language';
import { json } from './response';

/** The contract's status code of each kind of error. */
export const STATUS_OF: Record<ErrorKind, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  busy: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
  unavailable: 503,
};

/** Failures that pass: the client may try again in a second. */
const RETRY_LATER: ReadonlySet<ErrorKind> = new Set(['busy', 'unavailable']);

/** A detail as the wire shows it: its message worded, every other key as it is (and in its place). */
const detailIn = (detail: ErrorDetail, language: Language): Record<string, unknown> =>
  Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, k === 'message' ? renderMessage(detail.message, language) : v]));

/** The contract's error body, `{"error": {code, message, details?}}`, worded in `language`. */
export const errorBody = (err: AppError, language: Language) => ({
  error: { code: err.code, message: err.messageIn(language), ...(err.details ? { details: err.details.map((d) => detailIn(d, language)) } : {}) },
});

/** The error response: the body in `language`, the error's own headers, and `Content-Language`. */
export const errorResponse = (err: AppError, language: Language): APIGatewayProxyStructuredResultV2 =>
  json(STATUS_OF[err.kind], errorBody(err, language), { ...(RETRY_LATER.has(err.kind) ? { 'retry-after': '1' } : {}), 'content-language': language });
