/** The deployment's settings, from CDK context (`cdk.json` or `-c key=value`). Every key has a default
 * that synthesizes, so `npx cdk synth` works on a clean clone with no arguments. */
import type { Node } from 'constructs';

export interface KukarConfig {
  /** Deployment name, part of every stack name: `Kukar-<stage>-Data`. */
  stage: string;
  /** Browser origins allowed to call the API and to POST uploads to the documents bucket; `['*']` allows any. */
  corsOrigins: string[];
  /** When set, the first deploy creates this user (Cognito e-mails a temporary password) in the `admin` group. */
  adminEmail?: string;
  /** When set, Cognito sends its e-mails through SES from this verified address instead of its default
   * sender (which is capped at 50 e-mails a day per account: too few for a registration week). */
  sesFromEmail?: string;
  /** The SES region of `sesFromEmail`; defaults to the stacks' region. */
  sesRegion?: string;
  /** CloudFormation creates one-time boundary schedules only for boundaries after this instant
   * (ISO 8601 with offset); by default an hour after synthesis. Earlier ones are the reconciler's. */
  scheduleAfter?: string;
}

export const DEFAULT_STAGE = 'dev';

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (node: Node, key: string): string | undefined => {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string, got ${JSON.stringify(value)}`);
  return value.trim();
};

/** `corsOrigins` comes as a JSON array from cdk.json, or as a comma-separated string from `-c`. */
const origins = (node: Node): string[] => {
  const value: unknown = node.tryGetContext('corsOrigins');
  if (value === undefined || value === null || value === '') return ['*'];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list || !list.every((o) => typeof o === 'string'))
    throw new Error(`Context "corsOrigins" must be "*", a comma-separated string or a list of origins, got ${JSON.stringify(value)}`);
  const cleaned = [...new Set(list.map((o: string) => o.trim().replace(/\/+$/, '')).filter((o) => o !== ''))];
  if (cleaned.length === 0) return ['*'];
  if (cleaned.includes('*')) {
    if (cleaned.length > 1) throw new Error('Context "corsOrigins": "*" cannot be combined with other origins');
    return ['*'];
  }
  const bad = cleaned.filter((o) => !ORIGIN_PATTERN.test(o));
  if (bad.length) throw new Error(`Context "corsOrigins": not an origin (scheme://host[:port]): ${bad.join(', ')}`);
  return cleaned;
};

export const readConfig = (node: Node): KukarConfig => {
  const stage = text(node, 'stage') ?? DEFAULT_STAGE;
  if (!STAGE_PATTERN.test(stage))
    throw new Error(`Context "stage" must be lower-case letters, digits and dashes (at most 20, starting with a letter), got "${stage}"`);
  const adminEmail = text(node, 'adminEmail');
  if (adminEmail !== undefined && !EMAIL_PATTERN.test(adminEmail)) throw new Error(`Context "adminEmail" is not an e-mail address: "${adminEmail}"`);
  const sesFromEmail = text(node, 'sesFromEmail');
  if (sesFromEmail !== undefined && !EMAIL_PATTERN.test(sesFromEmail)) throw new Error(`Context "sesFromEmail" is not an e-mail address: "${sesFromEmail}"`);
  const sesRegion = text(node, 'sesRegion');
  const scheduleAfter = text(node, 'scheduleAfter');
  if (scheduleAfter !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(scheduleAfter) || Number.isNaN(Date.parse(scheduleAfter))))
    throw new Error(`Context "scheduleAfter" must be an ISO 8601 instant with its offset, e.g. 2023-10-01T00:00:00+08:00, got "${scheduleAfter}"`);
  return {
    stage,
    corsOrigins: origins(node),
    ...(adminEmail ? { adminEmail } : {}),
    ...(sesFromEmail ? { sesFromEmail } : {}),
    ...(sesRegion ? { sesRegion } : {}),
    ...(scheduleAfter ? { scheduleAfter } : {}),
  };
};
