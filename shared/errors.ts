/** Typed errors that the error-mapping middleware turns into the contract's status codes. Domain and
 * data code throw these; handlers never build error responses themselves. */
export interface ErrorDetail {
  path?: (string | number)[];
  message: string;
  [extra: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = code;
  }
}

export const invalidInput = (details: ErrorDetail[], message = 'Invalid input') => new AppError(400, 'INVALID_INPUT', message, details);
export const unauthorized = (message = 'Missing or invalid token') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message: string) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, details?: ErrorDetail[]) => new AppError(409, code, message, details);
export const versionConflict = (message = 'The item was changed by someone else; reload it and try again') =>
  new AppError(409, 'VERSION_CONFLICT', message);
export const tooLarge = (message: string) => new AppError(413, 'PAYLOAD_TOO_LARGE', message);
export const unavailable = (message: string, retryAfterSeconds = 1) =>
  new AppError(503, 'SERVICE_UNAVAILABLE', message, undefined, { 'retry-after': String(retryAfterSeconds) });
