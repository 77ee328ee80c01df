/** The local stack's own endpoints (never deployed): development tokens and the clock it runs on. */
import type { TokenRequest } from '../../../scripts/local/dev-tokens';
import { request } from './client';

export type DevUser = TokenRequest;

export const devToken = async (user: DevUser): Promise<string> =>
  (await request<{ token: string }>('POST', '/_local/token', { body: user, auth: false })).token;

export { SAMPLE_INSTITUTIONS } from '../../../scripts/local/sample-institutions';
