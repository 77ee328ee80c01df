/** The local stack's own endpoints (never deployed): development tokens and the clock it runs on. */
import { request } from './client';
import type { Role } from './contract';

export interface DevUser {
  sub: string;
  groups: Role[];
  institutionId?: string;
}

export const devToken = async (user: DevUser): Promise<string> =>
  (await request<{ token: string }>('POST', '/_local/token', { body: user, auth: false })).token;

export { SAMPLE_INSTITUTIONS } from '../../../scripts/local/sample-institutions';
