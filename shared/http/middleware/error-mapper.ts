import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError } from '../../errors';
import { logger } from '../logger';
import { json } from '../response';

const AWS_THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'SlowDown',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
  'RequestTimeout',
]);

/** Maps every thrown error to the contract's error body, once for all handlers: typed AppErrors keep
 * their status; middy's body-parser errors become 400/415; throttling and timeouts of AWS services
 * become 503 with Retry-After; anything else is a logged 500 that reveals nothing. */
export const errorMapper = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const err = request.error as (Error & { statusCode?: number; $metadata?: unknown; code?: string }) | null;
    if (err instanceof AppError) {
      if (err.status >= 500) logger.error('request failed', { error: err.message, code: err.code, cause: err.cause });
      request.response = json(err.status, { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, err.headers);
      return;
    }
    if (err?.statusCode === 415 && /malformed JSON/i.test(err.message)) {
      request.response = json(400, { error: { code: 'INVALID_JSON', message: 'The body is not valid JSON' } });
      return;
    }
    if (err?.statusCode === 415) {
      request.response = json(415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json' } });
      return;
    }
    if (err?.name === 'IdempotencyValidationError') {
      request.response = json(409, { error: { code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was used with a different request body' } });
      return;
    }
    if (err?.name === 'IdempotencyAlreadyInProgressError') {
      request.response = json(409, { error: { code: 'REQUEST_IN_PROGRESS', message: 'A request with this Idempotency-Key is still in progress' } }, { 'retry-after': '1' });
      return;
    }
    if (err && AWS_THROTTLING.has(err.name)) {
      logger.warn('dependency unavailable', { error: err.name, message: err.message });
      request.response = json(503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'Temporarily unavailable, try again shortly' } }, { 'retry-after': '1' });
      return;
    }
    logger.error('unhandled error', { error: err?.name, message: err?.message, stack: err?.stack });
    request.response = json(500, { error: { code: 'INTERNAL', message: 'Internal error' } });
  },
});
