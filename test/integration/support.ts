/** Shared steps of the integration tests: each file gets its own local stack (own table, bucket and
 * clock) on the run's engines, and talks to it over HTTP only. */
import { SAMPLE_PDF, tableSnapshot, uploadWithPresignedPost, useStack, validInnovation, type Answer, type Http } from '#test/support/stack';

export { SAMPLE_PDF, useStack, validInnovation, type Http };

export const EDITION = '/editions/pik-2023';
/** A second inside the seed edition's REGISTRATION window (2023-10-11 → 2023-10-14 WITA). */
export const DURING_REGISTRATION = '2023-10-12T09:00:00+08:00';


/** Runs a request that must be refused and proves it wrote nothing: the whole table is the same
 * before and after. */
export const refusedWithoutWrite = async (request: () => Promise<Answer>): Promise<Answer> => {
  const before = await tableSnapshot();
  const answer = await request();
  expect(await tableSnapshot()).toEqual(before);
  return answer;
};

/** Moves the file's clock (forward only) and insists it moved. */
export const setClock = async (http: Http, now: string): Promise<void> => {
  const answer = await http.setClock(now);
  if (answer.status !== 200) throw new Error(`clock did not move to ${now}: ${answer.status} ${JSON.stringify(answer.body)}`);
};

export const register = async (http: Http, token: string, overrides: Record<string, unknown> = {}): Promise<Answer> =>
  http.call('POST', `${EDITION}/innovations`, { token, body: validInnovation(overrides) });

/** Registers a draft and answers its id; fails the test when registration is refused. */
export const registerDraft = async (http: Http, token: string, overrides: Record<string, unknown> = {}): Promise<string> => {
  const answer = await register(http, token, overrides);
  if (answer.status !== 201) throw new Error(`registration refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
};

export const requestDocument = (http: Http, token: string, id: string, body: Record<string, unknown>) =>
  http.call('POST', `/innovations/${id}/documents`, { token, body });

export interface Upload {
  url: string;
  fields: Record<string, string>;
}

/** Uploads bytes with the presigned POST, optionally tampering with its form fields (s3rver does not
 * enforce the POST policy, so a tampered form gets stored — as it would if a policy check failed open). */
export const upload = async (target: Upload, bytes: Buffer, opts: { fields?: Record<string, string>; blobType?: string } = {}) =>
  uploadWithPresignedPost({ url: target.url, fields: { ...target.fields, ...opts.fields } }, bytes, opts.blobType ?? target.fields['Content-Type'] ?? 'application/octet-stream');

/** Registers a complete draft, uploads a real PDF proposal, and answers the id (not yet submitted). */
export const draftWithProposal = async (http: Http, token: string, overrides: Record<string, unknown> = {}): Promise<string> => {
  const id = await registerDraft(http, token, overrides);
  const doc = await requestDocument(http, token, id, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
  if (doc.status !== 201) throw new Error(`document request refused: ${doc.status} ${JSON.stringify(doc.body)}`);
  const stored = await upload(doc.body.upload, SAMPLE_PDF);
  if (stored.status >= 300) throw new Error(`upload failed: ${stored.status}`);
  return id;
};

/** Registers, uploads a proposal and submits; answers the id. */
export const submittedInnovation = async (http: Http, token: string, overrides: Record<string, unknown> = {}): Promise<string> => {
  const id = await draftWithProposal(http, token, overrides);
  const submitted = await http.call('POST', `/innovations/${id}/submit`, { token });
  if (submitted.status !== 200) throw new Error(`submission refused: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return id;
};

/** A complete personal-category entry (no institution). */
export const personalEntry = (overrides: Record<string, unknown> = {}) => ({ category: 'GURU', institutionId: undefined, affiliation: 'SDN 001 Tenggarong', ...overrides });

/** The paths named by a 400's details, as dotted strings (`body.contact.email`). */
export const failingPaths = (answer: Answer): string[] => ((answer.body?.error?.details ?? []) as { path?: (string | number)[] }[]).map((d) => (d.path ?? []).join('.'));
