import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError } from '../../errors';
import { logger } from '../logger';
import { json } from '../response';
import { requestIds } from './access-log';

/** Errors of AWS services and of the network that say "not now" rather than "never": throttling,
 * timeouts, a service's own failure (S3 calls it InternalError, DynamoDB InternalServerError). */
const AWS_TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionInProgressException',
  'SlowDown',
  'ServiceUnavailable',
  'InternalServerError',
  'InternalError',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_TRANSIENT = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

type ThrownError = Error & { statusCode?: number; $metadata?: unknown; $fault?: string; code?: string; cause?: unknown };

/** The transient AWS or network error behind `err`, also when a library wrapped it (Powertools
 * idempotency wraps its store's errors in IdempotencyPersistenceLayerError with the cause). */
const transientCause = (err: ThrownError | null): ThrownError | undefined => {
  for (let e: ThrownError | null | undefined = err, depth = 0; e && depth < 5; e = e.cause as ThrownError | undefined, depth++) {
    if (e instanceof AppError) return undefined;
    if (AWS_TRANSIENT.has(e.name) || (e.code !== undefined && NETWORK_TRANSIENT.has(e.code)) || (e.$metadata !== undefined && e.$fault === 'server')) return e;
  }
  return undefined;
};

/** Maps every thrown error to the contract's error body, once for all handlers: typed AppErrors keep
 * their status; middy's body-parser errors become 400/415; throttling, timeouts and server faults of
 * AWS services (also wrapped by a library) become 503 with Retry-After, logged with their cause;
 * anything else is a logged 500 that reveals nothing. */
export const errorMapper = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const err = request.error as ThrownError | null;
    // Explicit ids: the logger's per-request keys may already be reset when errors are mapped. (The
    // error's text goes in `errorMessage`: Powertools drops a `message` key, and warns about it.)
    const ids = requestIds(request);
    if (err instanceof AppError) {
      if (err.status === 503) logger.warn('dependency unavailable', { ...ids, code: err.code, error: (err.cause as Error | undefined)?.name, errorMessage: (err.cause as Error | undefined)?.message });
      else if (err.status >= 500) logger.error('request failed', { ...ids, error: err.message, code: err.code, cause: err.cause });
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
    const transient = transientCause(err);
    if (transient) {
      logger.warn('dependency unavailable', { ...ids, error: transient.name, errorMessage: transient.message, ...(transient !== err ? { wrappedIn: err?.name } : {}) });
      request.response = json(503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'Temporarily unavailable, try again shortly' } }, { 'retry-after': '1' });
      return;
    }
    logger.error('unhandled error', { ...ids, error: err?.name, errorMessage: err?.message, stack: err?.stack });
    request.response = json(500, { error: { code: 'INTERNAL', message: 'Internal error' } });
  },
});
