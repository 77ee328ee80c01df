/** The local stack's own endpoints (never deployed): development tokens, the clock it runs on, and
 * the outbox of what would have been e-mailed. */
import type { TokenRequest } from '../../../scripts/local/dev-tokens';
import type { LocalOutbox } from '../../../shared/schemas/notification.schema';
import { request } from './client';

export type OutboxMail = LocalOutbox['items'][number];

export type DevUser = TokenRequest;

export const devToken = async (user: DevUser): Promise<string> =>
  (await request<{ token: string }>('POST', '/_local/token', { body: user, auth: false })).token;

export { SAMPLE_INSTITUTIONS } from '../../../scripts/local/sample-institutions';

/** What the local stack would have e-mailed, newest first (it delivers what is pending first). */
export const localOutbox = async (): Promise<OutboxMail[]> => (await request<LocalOutbox>('GET', '/_local/outbox', { auth: false })).items;
