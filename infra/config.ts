/** The deployment's settings, from CDK context: a stage's own block in `cdk.json`
 * (`"stages": {"prod": {...}}`), over the top-level keys (`cdk.json` or `-c key=value`), over the
 * defaults. Every key has a default that synthesizes, so `npx cdk synth` works on a clean clone with
 * no arguments; `npm run deploy` refuses a stage whose block lacks what a real deployment needs
 * (`deployProblems`). */
import type { Node } from 'constructs';

export interface KukarConfig {
  /** Deployment name, part of every stack name: `Kukar-<stage>-Data`. */
  stage: string;
  /** The AWS account the stage deploys to; unset, the stacks are environment-agnostic (synth offline). */
  account?: string;
  /** The stage's region: Asia Pacific (Jakarta) by default, an opt-in region (docs/deploy.md, step 0). */
  region: string;
  /** Who hears the alarms (SNS e-mail subscriptions), kept with the stage so no deploy drops them. */
  alarmEmails: string[];
  /** Browser origins besides the site's own that may call the API and POST uploads to (and GET from) the
   * documents bucket, e.g. a developer's `http://127.0.0.1:5173`; `['*']` allows any. The site itself
   * needs none for the API (CloudFront serves it on the site's origin) and is always allowed on the bucket. */
  corsOrigins: string[];
  /** When set, the first deploy creates this user (Cognito e-mails a temporary password) in the `admin` group. */
  adminEmail?: string;
  /** When set, Cognito sends its e-mails through SES from this verified address instead of its default
   * sender (which is capped at 50 e-mails a day per account: too few for a registration week). */
  sesFromEmail?: string;
  /** The SES region of `sesFromEmail`; defaults to the stacks' region. */
  sesRegion?: string;
  /** When the team verified the sender's domain in SES rather than the address itself: the domain
   * (it must be `sesFromEmail`'s), which the user pool then names as its e-mail source. */
  sesVerifiedDomain?: string;
  /** The site's own host name (e.g. `inovasi.kukarkab.go.id`) instead of CloudFront's, with its ACM
   * certificate, which CloudFront requires in us-east-1. Both or neither. */
  siteDomain?: string;
  siteCertificateArn?: string;
  /** CloudFormation creates one-time boundary schedules only for boundaries after this instant
   * (ISO 8601 with offset); by default an hour after synthesis. Earlier ones are the reconciler's. */
  scheduleAfter?: string;
}

export const DEFAULT_STAGE = 'dev';
export const DEFAULT_REGION = 'ap-southeast-3';

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCOUNT_PATTERN = /^\d{12}$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
const CLOUDFRONT_CERTIFICATE_PATTERN = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;

/** A key of the stage's block in `stages`, else the top-level key. */
type Lookup = (key: string) => unknown;

const lookupFor = (node: Node): Lookup => {
  const stage = node.tryGetContext('stage') ?? DEFAULT_STAGE;
  const stages: unknown = node.tryGetContext('stages');
  const own = typeof stages === 'object' && stages !== null && typeof stage === 'string' ? ((stages as Record<string, unknown>)[stage] as Record<string, unknown> | undefined) : undefined;
  return (key) => (own && own[key] !== undefined ? own[key] : node.tryGetContext(key));
};

const text = (lookup: Lookup, key: string): string | undefined => {
  const value: unknown = lookup(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string, got ${JSON.stringify(value)}`);
  return value.trim();
};

/** `corsOrigins` comes as a JSON array from cdk.json, or as a comma-separated string from `-c`. */
const origins = (lookup: Lookup): string[] => {
  const value: unknown = lookup('corsOrigins');
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list || !list.every((o) => typeof o === 'string'))
    throw new Error(`Context "corsOrigins" must be "*", a comma-separated string or a list of origins, got ${JSON.stringify(value)}`);
  const cleaned = [...new Set(list.map((o: string) => o.trim().replace(/\/+$/, '')).filter((o) => o !== ''))];
  if (cleaned.includes('*')) {
    if (cleaned.length > 1) throw new Error('Context "corsOrigins": "*" cannot be combined with other origins');
    return ['*'];
  }
  const bad = cleaned.filter((o) => !ORIGIN_PATTERN.test(o));
  if (bad.length) throw new Error(`Context "corsOrigins": not an origin (scheme://host[:port]): ${bad.join(', ')}`);
  return cleaned;
};

/** `alarmEmails` comes as a JSON array from cdk.json, or as a comma-separated string from `-c`. */
const emails = (lookup: Lookup): string[] => {
  const value: unknown = lookup('alarmEmails');
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list || !list.every((e) => typeof e === 'string')) throw new Error(`Context "alarmEmails" must be a list of e-mail addresses, got ${JSON.stringify(value)}`);
  const cleaned = [...new Set(list.map((e: string) => e.trim()).filter((e) => e !== ''))];
  const bad = cleaned.filter((e) => !EMAIL_PATTERN.test(e));
  if (bad.length) throw new Error(`Context "alarmEmails": not an e-mail address: ${bad.join(', ')}`);
  return cleaned;
};

export const readConfig = (node: Node): KukarConfig => {
  const lookup = lookupFor(node);
  const stage = text(lookup, 'stage') ?? DEFAULT_STAGE;
  if (!STAGE_PATTERN.test(stage))
    throw new Error(`Context "stage" must be lower-case letters, digits and dashes (at most 20, starting with a letter), got "${stage}"`);
  const adminEmail = text(lookup, 'adminEmail');
  if (adminEmail !== undefined && !EMAIL_PATTERN.test(adminEmail)) throw new Error(`Context "adminEmail" is not an e-mail address: "${adminEmail}"`);
  const sesFromEmail = text(lookup, 'sesFromEmail');
  if (sesFromEmail !== undefined && !EMAIL_PATTERN.test(sesFromEmail)) throw new Error(`Context "sesFromEmail" is not an e-mail address: "${sesFromEmail}"`);
  const sesRegion = text(lookup, 'sesRegion');
  const sesVerifiedDomain = text(lookup, 'sesVerifiedDomain');
  if (sesVerifiedDomain !== undefined && !sesFromEmail?.toLowerCase().endsWith(`@${sesVerifiedDomain.toLowerCase()}`))
    throw new Error(`Context "sesVerifiedDomain" (${sesVerifiedDomain}) must be the domain of "sesFromEmail" (${sesFromEmail ?? 'not set'})`);
  const scheduleAfter = text(lookup, 'scheduleAfter');
  const siteDomain = text(lookup, 'siteDomain')?.toLowerCase();
  const siteCertificateArn = text(lookup, 'siteCertificateArn');
  if ((siteDomain === undefined) !== (siteCertificateArn === undefined)) throw new Error('Context "siteDomain" and "siteCertificateArn" go together: set both or neither');
  if (siteDomain !== undefined && !HOST_PATTERN.test(siteDomain)) throw new Error(`Context "siteDomain" must be a host name such as inovasi.kukarkab.go.id, got "${siteDomain}"`);
  if (siteCertificateArn !== undefined && !CLOUDFRONT_CERTIFICATE_PATTERN.test(siteCertificateArn))
    throw new Error(`Context "siteCertificateArn" must be an ACM certificate in us-east-1 (CloudFront's region for certificates), got "${siteCertificateArn}"`);
  const account = text(lookup, 'account');
  if (account !== undefined && !ACCOUNT_PATTERN.test(account)) throw new Error(`Context "account" must be a 12-digit AWS account id, got "${account}"`);
  const region = text(lookup, 'region') ?? DEFAULT_REGION;
  if (!REGION_PATTERN.test(region)) throw new Error(`Context "region" is not an AWS region name: "${region}"`);
  if (scheduleAfter !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(scheduleAfter) || Number.isNaN(Date.parse(scheduleAfter))))
    throw new Error(`Context "scheduleAfter" must be an ISO 8601 instant with its offset, e.g. 2023-10-01T00:00:00+08:00, got "${scheduleAfter}"`);
  return {
    stage,
    ...(account ? { account } : {}),
    region,
    alarmEmails: emails(lookup),
    corsOrigins: origins(lookup),
    ...(adminEmail ? { adminEmail } : {}),
    ...(sesFromEmail ? { sesFromEmail } : {}),
    ...(sesRegion ? { sesRegion } : {}),
    ...(sesVerifiedDomain ? { sesVerifiedDomain } : {}),
    ...(scheduleAfter ? { scheduleAfter } : {}),
    ...(siteDomain && siteCertificateArn ? { siteDomain, siteCertificateArn } : {}),
  };
};

/** What keeps `config` from being deployed for real: an account and the alarm recipients must be in
 * the stage's block of `cdk.json` (the region has its default), so a deploy never goes to whatever
 * account the shell's credentials name, nor drops who hears the alarms. */
export const deployProblems = (config: KukarConfig): string[] => [
  ...(config.account ? [] : [`stage "${config.stage}" names no "account" (12 digits) in cdk.json's "stages"`]),
  ...(config.alarmEmails.length ? [] : [`stage "${config.stage}" names no "alarmEmails" in cdk.json's "stages": nobody would hear its alarms`]),
];
