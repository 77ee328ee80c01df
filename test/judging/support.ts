/** Shared steps of the judging tests. Each file starts its own local stack (own table, bucket and
 * clock) on the run's engines and plays the seed edition's calendar forward, talking HTTP only —
 * except for `tableSnapshot()`, which proves a refused request wrote nothing. */
import { SAMPLE_PDF, tableSnapshot, uploadWithPresignedPost, useStack, validInnovation, type Answer, type Http } from '#test/support/stack';

export { SAMPLE_PDF, uploadWithPresignedPost, useStack, type Http };

export const EDITION = '/editions/pik-2023';

/** One instant inside each window of the seed edition pik-2023 (WITA). */
export const AT = {
  REGISTRATION: '2023-10-12T09:00:00+08:00',
  SCREENING: '2023-10-20T09:00:00+08:00',
  ASSESSMENT: '2023-11-05T09:00:00+08:00',
  /** The last second of ASSESSMENT (it ends 2023-11-20 12:00, exclusive). */
  ASSESSMENT_LAST_SECOND: '2023-11-20T11:59:59+08:00',
  NOMINATION: '2023-11-20T12:00:00+08:00',
  FIELD_VERIFICATION: '2023-11-22T09:00:00+08:00',
  PRESENTATION: '2023-11-28T09:00:00+08:00',
  WINNER_DETERMINATION: '2023-12-09T09:00:00+08:00',
} as const;


/** Moves the file's clock (forward only) and insists it moved. */
export const setClock = async (http: Http, now: string): Promise<void> => {
  const answer = await http.setClock(now);
  if (answer.status !== 200) throw new Error(`clock did not move to ${now}: ${answer.status} ${JSON.stringify(answer.body)}`);
};

/** Runs a request that must be refused, checks its status (and code), and proves it wrote nothing:
 * the whole table is the same before and after. */
export const refused = async (status: number, request: () => Promise<Answer>, code?: string): Promise<Answer> => {
  const before = await tableSnapshot();
  const answer = await request();
  expect({ status: answer.status, code: answer.body?.error?.code }).toEqual({ status, code: code ?? expect.anything() });
  expect(await tableSnapshot()).toEqual(before);
  return answer;
};

/** The paths named by an error's details (`body.criteria.kebaruan`). */
export const failingPaths = (answer: Answer): string[] => ((answer.body?.error?.details ?? []) as { path?: (string | number)[] }[]).map((d) => (d.path ?? []).join('.'));

/** Demands a status, showing the body when it differs. */
export const expectStatus = (answer: Answer, status: number): Answer => {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
};

/** Registers a complete entry (in the seed edition unless told), uploads a real PDF proposal, submits it, and answers its id. */
export const submitEntry = async (http: Http, token: string, overrides: Record<string, unknown> = {}, edition = EDITION): Promise<string> => {
  const id = await draftEntry(http, token, overrides, edition);
  expectStatus(await http.call('POST', `/innovations/${id}/submit`, { token }), 200);
  return id;
};

/** Registers a complete entry with its proposal uploaded, but does not submit it. */
export const draftEntry = async (http: Http, token: string, overrides: Record<string, unknown> = {}, edition = EDITION): Promise<string> => {
  const created = expectStatus(await http.call('POST', `${edition}/innovations`, { token, body: validInnovation(overrides) }), 201);
  const id = created.body.id as string;
  const doc = expectStatus(
    await http.call('POST', `/innovations/${id}/documents`, { token, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }),
    201,
  );
  const stored = await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
  if (stored.status >= 300) throw new Error(`upload failed: ${stored.status}`);
  return id;
};

/** A personal-category entry (no institution). */
export const personal = (category: string, overrides: Record<string, unknown> = {}) => ({ category, institutionId: undefined, affiliation: 'SDN 001 Tenggarong', ...overrides });

/** The seed rubric's criterion keys per round. */
export const ASSESSMENT_KEYS = ['kebaruan', 'kemanfaatan', 'efektivitas', 'replikasi', 'keberlanjutan', 'kelengkapan'] as const;
export const PRESENTATION_KEYS = ['kebaruan', 'kemanfaatan', 'kolaborasi', 'replikasi', 'penguasaan'] as const;

/** Criteria for every key of a round, from one value or a value per key. */
export const criteria = (keys: readonly string[], value: number | ((key: string, index: number) => number)): Record<string, number> =>
  Object.fromEntries(keys.map((k, i) => [k, typeof value === 'number' ? value : value(k, i)]));

export const score = (http: Http, token: string, id: string, round: 'assessment' | 'presentation', body: unknown, headers?: Record<string, string>) =>
  http.call('PUT', `/innovations/${id}/scores/${round}`, { token, body, headers });
