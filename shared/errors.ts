/** Typed errors that the error-mapping middleware turns into the contract's status codes. Domain and
 * data code throw these; handlers never build error responses themselves. An error carries its
 * message as a catalogue key with params, worded in the reader's language only when the response is
 * made; `message` is the English wording, for logs. */
import { msg, renderMessage, type Message, type MessageKey } from './messages/catalogue';
import type { Language } from './messages/language';

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
    readonly status: number,
    readonly code: string,
    private readonly wording: Message,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
    /** The failure underneath (a cancelled transaction), for the logs. */
    cause?: unknown,
  ) {
    super(renderMessage(wording, 'en'), cause === undefined ? undefined : { cause });
    this.name = code;
    this.key = wording.key;
  }

  /** The message worded in `language`. */
  messageIn(language: Language): string {
    return renderMessage(this.wording, language);
  }
}

export const invalidInput = (details: ErrorDetail[], message: Message = msg('INVALID_INPUT')) => new AppError(400, 'INVALID_INPUT', message, details);
export const unauthorized = (message: Message = msg('UNAUTHORIZED')) => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message: Message) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message: Message) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (code: string, message: Message, details?: ErrorDetail[]) => new AppError(409, code, message, details);
export const versionConflict = (message: Message = msg('VERSION_CONFLICT')) => new AppError(409, 'VERSION_CONFLICT', message);
export const tooLarge = (message: Message, details?: ErrorDetail[]) => new AppError(413, 'PAYLOAD_TOO_LARGE', message, details);
export const unavailable = (message: Message, cause?: unknown) => new AppError(503, 'SERVICE_UNAVAILABLE', message, undefined, { 'retry-after': '1' }, cause);
