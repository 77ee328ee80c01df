/** Typed errors of the domain, data and use-case layers. An error says what kind of failure it is;
 * only the HTTP error mapper (shared/http/middleware/error-mapper.ts) turns kinds into status codes
 * and headers. An error carries its message as a catalogue key with params, worded in the reader's
 * language only when the response is made; `message` is the English wording, for logs. */
import { msg, renderMessage, type Message, type MessageKey } from './messages/catalogue';
import type { Language } from './messages/language';

export type ErrorKind =
  | 'invalid-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'busy'
  | 'unavailable'
  | 'internal';

/** One failing field or fact: `message` is worded in the reader's language; other keys (`stage`,
 * `status`, zod's `code`…) go on the wire as they are. */
export interface ErrorDetail {
  path?: (string | number)[];
  message: Message;
  [extra: string]: unknown;
}

export class AppError extends Error {
  /** The catalogue key of the message. */
  readonly key: MessageKey;

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    private readonly wording: Message,
    readonly details?: ErrorDetail[],
    /** The details' paths name fields of the input the rule was given (the request's body), not
     * where they sit in the request: whoever reads the input from a request says where it came from. */
    readonly inputFields = false,
    /** The failure underneath (a cancelled transaction), for the logs. */
    cause?: unknown,
  ) {
    super(renderMessage(wording, 'en'), cause === undefined ? undefined : { cause });
    this.name = code;
    this.key = wording.key;
  }

  /** The same error, its input fields named as fields of `part` of what carried the input. */
  within(part: string): AppError {
    if (!this.inputFields || !this.details) return this;
    const details = this.details.map((d) => ({ ...d, path: [part, ...(d.path ?? [])] }));
    return new AppError(this.kind, this.code, this.wording, details, false, this.cause);
  }

  /** The message worded in `language`. */
  messageIn(language: Language): string {
    return renderMessage(this.wording, language);
  }
}

/** Input a rule refuses; `details` name fields of that input (or, with `inputFields` false, where
 * they sit in the request). */
export const invalidInput = (details: ErrorDetail[], message: Message = msg('INVALID_INPUT'), inputFields = true) =>
  new AppError('invalid-input', 'INVALID_INPUT', message, details, inputFields);
export const unauthorized = (message: Message = msg('UNAUTHORIZED')) => new AppError('unauthenticated', 'UNAUTHORIZED', message);
export const forbidden = (message: Message) => new AppError('forbidden', 'FORBIDDEN', message);
export const notFound = (message: Message) => new AppError('not-found', 'NOT_FOUND', message);
/** The entry, the edition or the clock is in the wrong state; `details` name stored facts, or fields
 * of the input when `inputFields` says so. */
export const conflict = (code: string, message: Message, details?: ErrorDetail[], inputFields = false) => new AppError('conflict', code, message, details, inputFields);
export const versionConflict = (message: Message = msg('VERSION_CONFLICT')) => new AppError('conflict', 'VERSION_CONFLICT', message);
export const tooLarge = (message: Message, details?: ErrorDetail[]) => new AppError('too-large', 'PAYLOAD_TOO_LARGE', message, details, true);
/** A dependency said "not now": worth retrying shortly. */
export const unavailable = (message: Message, cause?: unknown) => new AppError('unavailable', 'SERVICE_UNAVAILABLE', message, undefined, false, cause);
