import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { AppError, ErrorDetail } from '../errors';
import { renderMessage } from '../messages/catalogue';
import type { Language } from '../messages/language';
import { json } from './response';

/** A detail as the wire shows it: its message worded, every other key as it is (and in its place). */
const detailIn = (detail: ErrorDetail, language: Language): Record<string, unknown> =>
  Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, k === 'message' ? renderMessage(detail.message, language) : v]));

/** The contract's error body, `{"error": {code, message, details?}}`, worded in `language`. */
export const errorBody = (err: AppError, language: Language) => ({
  error: { code: err.code, message: err.messageIn(language), ...(err.details ? { details: err.details.map((d) => detailIn(d, language)) } : {}) },
});

/** The error response: the body in `language`, the error's own headers, and `Content-Language`. */
export const errorResponse = (err: AppError, language: Language): APIGatewayProxyStructuredResultV2 =>
  json(err.status, errorBody(err, language), { ...err.headers, 'content-language': language });
