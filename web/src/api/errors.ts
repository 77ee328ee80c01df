/** Failures the API client reports. The API's error body is `{error: {code, message, details}}`,
 * worded in the language the client asked for; each detail's `path` starts with the request part. */

export interface FieldError {
  /** A form field's name: the path without its request part, dotted (`contact.email`); '' for the whole form. */
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path?: (string | number)[]; message?: string }[] = [],
  ) {
    super(message);
  }

  /** Each detail that has a message, as a field error. */
  fieldErrors(): FieldError[] {
    return this.details
      .filter((d) => d.message)
      .map((d) => ({ field: fieldName(d.path ?? []), message: d.message! }));
  }
}

/** The request part names a field path starts with (the API's details), dropped from form names. */
const PARTS = new Set(['body', 'path', 'query', 'headers']);
const fieldName = (path: readonly (string | number)[]): string => (PARTS.has(String(path[0])) ? path.slice(1) : path).join('.');

/** The session's token expired or was refused: the person must sign in again. */
export class SessionExpired extends Error {}

/** The network did not answer (offline, dropped connection). */
export class Offline extends Error {}
