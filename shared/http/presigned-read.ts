import type { DocumentRead } from '#shared/schemas/innovation.schema';
import type { Reply } from './handler';

/** A presigned read as the answer: `302` to it (a browser follows it and downloads the file), or with
 * `Accept: application/json` the `{url, expiresAt}` itself (a web app that fetches first). Never
 * cached: the URL is short-lived and only for this caller. */
export const presignedReadReply = (grant: DocumentRead, headers: Record<string, string | undefined>): Reply =>
  /\bapplication\/json\b/i.test(headers.accept ?? '')
    ? { status: 200, body: grant, headers: { 'cache-control': 'no-store' } }
    : { status: 302, body: grant, headers: { location: grant.url, 'cache-control': 'no-store' } };
