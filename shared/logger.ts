import { Logger } from '@aws-lambda-powertools/logger';

type LogLevel = ConstructorParameters<typeof Logger>[0] extends infer O ? (O extends { logLevel?: infer L } ? L : never) : never;

/** One structured JSON logger for every handler (Powertools). Personal contact data and tokens are
 * never passed to it. Silent under jest unless LOG_LEVEL says otherwise. */
export const logger = new Logger({
  serviceName: 'kukar-innovation-week',
  logLevel: (process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'SILENT' : 'INFO')) as LogLevel,
});
