import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { TTL_ATTRIBUTE } from '#shared/data/table-definition';
import { logger } from '#shared/logger';

/** Idempotent creation: a request carrying an `Idempotency-Key` header that is retried within an hour
 * gets the first answer back and creates nothing new (Powertools idempotency, records in the single
 * table under their own partition). The key is scoped to the caller and the path; reusing it with a
 * different body is refused. Requests without the header are not tracked. */
export const idempotentWhenKeyed = (name: string): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => {
  let inner: MiddlewareObj | undefined;
  const middleware = () =>
    (inner ??= makeHandlerIdempotent({
      persistenceStore: new DynamoDBPersistenceLayer({
        tableName: process.env.TABLE_NAME!,
        keyAttr: 'PK',
        sortKeyAttr: 'SK',
        staticPkValue: `IDEMPOTENCY#${name}`,
        expiryAttr: TTL_ATTRIBUTE,
      }),
      config: new IdempotencyConfig({
        eventKeyJmesPath: '[requestContext.authorizer.jwt.claims.sub, rawPath, headers."idempotency-key"]',
        payloadValidationJmesPath: 'body',
        expiresAfterSeconds: 3600,
      }),
    }) as MiddlewareObj);
  const keyed = (request: Request<APIGatewayProxyEventV2>) => Boolean(request.event.headers?.['idempotency-key']);
  return {
    before: async (request) => (keyed(request) ? middleware().before!(request as Request) : undefined),
    // The write has committed by now: failing to remember the answer must not turn it into an error.
    after: async (request) => {
      if (!keyed(request)) return;
      try {
        await middleware().after!(request as Request);
      } catch (err) {
        logger.warn('idempotency record not saved; a retry may run again', { errorName: (err as Error).name, errorMessage: (err as Error).message });
      }
    },
    // An error the idempotency check itself raised (key reused with another body, still in progress)
    // must not delete the first request's record, as Powertools' onError would.
    onError: async (request) =>
      keyed(request) && !request.error?.name.startsWith('Idempotency') ? middleware().onError!(request as Request) : undefined,
  };
};
