import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError, unavailable } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { requestLanguage } from '#shared/messages/language';
import { errorResponse, STATUS_OF } from '#shared/http/error-response';
import { logger } from '#shared/logger';
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

/** middy's JSON body parser marks what it throws with its package name (its status code has changed
 * between releases, so it is not what tells these errors apart). */
const fromBodyParser = (err: ThrownError | null): boolean => (err?.cause as { package?: string } | undefined)?.package === '@middy/http-json-body-parser';

const JSON_CONTENT_TYPE = /^application\/(.+\+)?json($|;.+)/;

/** The transient AWS or network error behind `err`, also when a library wrapped it (Powertools
 * idempotency wraps its store's errors in IdempotencyPersistenceLayerError with the cause). */
const transientCause = (err: ThrownError | null): ThrownError | undefined => {
  for (let e: ThrownError | null | undefined = err, depth = 0; e && depth < 5; e = e.cause as ThrownError | undefined, depth++) {
    if (e instanceof AppError) return undefined;
    if (AWS_TRANSIENT.has(e.name) || (e.code !== undefined && NETWORK_TRANSIENT.has(e.code)) || (e.$metadata !== undefined && e.$fault === 'server')) return e;
  }
  return undefined;
};

/** Any thrown error as the AppError it answers as, logged where an operator needs to see it. */
const asAppError = (err: ThrownError | null, ids: ReturnType<typeof requestIds>, contentType: string | undefined): AppError => {
  // Explicit ids: the logger's per-request keys may already be reset when errors are mapped. (The
  // error's text goes in `errorMessage`: Powertools drops a `message` key, and warns about it.)
  if (err instanceof AppError) {
    if (err.kind === 'unavailable') logger.warn('dependency unavailable', { ...ids, code: err.code, error: (err.cause as Error | undefined)?.name, errorMessage: (err.cause as Error | undefined)?.message });
    else if (STATUS_OF[err.kind] >= 500) logger.error('request failed', { ...ids, error: err.message, code: err.code, cause: err.cause });
    return err;
  }
  if (fromBodyParser(err))
    return JSON_CONTENT_TYPE.test(contentType ?? '')
      ? new AppError('invalid-input', 'INVALID_JSON', msg('INVALID_JSON'))
      : new AppError('unsupported-media-type', 'UNSUPPORTED_MEDIA_TYPE', msg('UNSUPPORTED_MEDIA_TYPE'));
  if (err?.name === 'IdempotencyValidationError') return new AppError('conflict', 'IDEMPOTENCY_KEY_REUSED', msg('IDEMPOTENCY_KEY_REUSED'));
  if (err?.name === 'IdempotencyAlreadyInProgressError') return new AppError('busy', 'REQUEST_IN_PROGRESS', msg('REQUEST_IN_PROGRESS'));
  const transient = transientCause(err);
  if (transient) {
    logger.warn('dependency unavailable', { ...ids, error: transient.name, errorMessage: transient.message, ...(transient !== err ? { wrappedIn: err?.name } : {}) });
    return unavailable(msg('SERVICE_UNAVAILABLE'));
  }
  logger.error('unhandled error', { ...ids, error: err?.name, errorMessage: err?.message, stack: err?.stack });
  return new AppError('internal', 'INTERNAL', msg('INTERNAL'));
};

/** Maps every thrown error to the contract's error body, once for all handlers: typed AppErrors keep
 * their kind's status; middy's body-parser errors become 400 (malformed JSON) or 415 (not JSON); throttling, timeouts and server faults of
 * AWS services (also wrapped by a library) become 503 with Retry-After, logged with their cause;
 * anything else is a logged 500 that reveals nothing. The message is worded in the language the
 * request's `Accept-Language` prefers: Indonesian unless it asks for English. */
export const errorMapper = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const err = asAppError(request.error as ThrownError | null, requestIds(request), request.event?.headers?.['content-type']);
    request.response = errorResponse(err, requestLanguage(request.event?.headers));
  },
});
