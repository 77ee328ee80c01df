/** The message catalogue: every message in Indonesian and English, and the choice between them from
 * `Accept-Language`. */
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import { AppError, invalidInput } from '#shared/errors';
import { errorBody } from '#shared/http/error-response';
import { issuesToDetails, parseOr400 } from '#shared/http/validation';
import { messageKeys, msg, renderMessage, waktu, type Message, type MessageKey } from '#shared/messages/catalogue';
import { preferredLanguage, requestLanguage } from '#shared/messages/language';
import { Slug } from '#shared/schemas/common.schema';
import { InnovationInput } from '#shared/schemas/innovation.schema';

const zodIssue = (() => {
  const parsed = z.strictObject({ title: z.string().check(z.minLength(3)) }).safeParse({ title: 'ab' }, { reportInput: true });
  return parsed.error!.issues[0]!;
})();

/** Sample params for every key: a key added to the catalogue without a sample here does not compile. */
const SAMPLES: { [K in MessageKey]: Extract<Message, { key: K }>['params'] } = {
  ACTION_REGISTER_INNOVATION: undefined,
  ACTION_EDIT_INNOVATION: undefined,
  ACTION_UPLOAD_DOCUMENT: undefined,
  ACTION_SUBMIT_INNOVATION: undefined,
  ACTION_SCREEN: undefined,
  ACTION_ASSIGN_PANEL: undefined,
  ACTION_SCORE_ASSESSMENT: undefined,
  ACTION_SCORE_PRESENTATION: undefined,
  ACTION_UPLOAD_EVIDENCE: undefined,
  ACTION_RECORD_VERIFICATION: undefined,
  ACTION_COMPUTE_NOMINATION: undefined,
  ACTION_COMPUTE_FINAL: undefined,
  ACTION_ANNOUNCE: undefined,
  ACTION_READ_RESULTS: undefined,
  ACTION_RESOLVE_OBJECTION: undefined,
  ACTION_REVISE_EDITION: undefined,
  WRONG_STAGE: { action: 'ACTION_SUBMIT_INNOVATION', stage: 'SCREENING', start: '2023-10-14T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' },
  DETAIL_CURRENT_STAGE: undefined,
  DETAIL_ALLOWED_STAGE: undefined,
  CALENDAR_UNSOUND: undefined,
  CALENDAR_STAGE_EXPECTED: { stage: 'ASSESSMENT', position: 2 },
  CALENDAR_END_REQUIRED: { stage: 'NOMINATION' },
  CALENDAR_END_MUST_BE_NULL: { stage: 'WINNER_DETERMINATION' },
  CALENDAR_END_BEFORE_START: { stage: 'PRESENTATION' },
  CALENDAR_GAP: { stage: 'ASSESSMENT', previous: 'SCREENING', end: '2023-11-01T00:00:00+08:00' },
  CALENDAR_WINDOW_COUNT: { count: 7 },
  CALENDAR_PAST: undefined,
  CALENDAR_START_PASSED: { stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00' },
  CALENDAR_END_PASSED: { stage: 'REGISTRATION' },
  CALENDAR_CLOSED: undefined,
  NEW_EDITION_IN_PAST: undefined,
  REGISTRATION_START_AFTER: { at: '2024-01-02T09:30:15+08:00' },
  UNAUTHORIZED: undefined,
  ROLE_REQUIRED: { roles: ['admin', 'jury'] },
  OWNER_ONLY: undefined,
  NOT_INSTITUTION_ACCOUNT: { name: 'Dinas Komunikasi dan Informatika' },
  CONFLICT_OF_INTEREST: undefined,
  NOT_ON_PANEL: { role: 'verifier', category: 'PUSKESMAS' },
  NOT_ASSIGNED_TO_CATEGORY: { category: 'GURU' },
  READ_FORBIDDEN: undefined,
  EVIDENCE_READ_FORBIDDEN: undefined,
  VERIFICATION_NOT_FOUND: undefined,
  DOCUMENT_UNREADABLE: { kind: 'PROPOSAL', fileName: 'proposal.pdf' },
  DOCUMENT_NOT_FOUND: { documentId: 'd-1' },
  DOCUMENT_NOT_STORED: { kind: 'PROPOSAL', fileName: 'proposal.pdf' },
  EVIDENCE_NOT_FOUND: { documentId: 'd-1' },
  TOO_MANY_INNOVATIONS: { max: 20 },
  INVALID_UTF8: undefined,
  INVALID_UTF8_FIELD_NAME: undefined,
  NO_BIDI_CONTROLS: undefined,
  RESERVED_KEY: undefined,
  LIST_FORBIDDEN: undefined,
  EDITION_NOT_FOUND: { editionId: 'pik-2030' },
  INNOVATION_NOT_FOUND: { id: '7d3f4a8e-0000-4000-8000-000000000000' },
  ASSIGNMENTS_NOT_FOUND: { editionId: 'pik-2023' },
  RANKING_NOT_FOUND: { round: 'final', editionId: 'pik-2023' },
  ROUTE_NOT_FOUND: { method: 'GET', path: '/nowhere' },
  CATEGORY_NOT_IN_EDITION: { category: 'PEMUDA' },
  PERSONAL_CATEGORY_WITHOUT_INSTITUTION: { category: 'GURU' },
  INSTITUTION_REQUIRED: { category: 'OPD' },
  INSTITUTION_NOT_REGISTERED: { institutionId: 'opd-hantu' },
  INSTITUTION_OTHER_CATEGORY: { name: 'Puskesmas Tenggarong', type: 'PUSKESMAS' },
  NOT_DRAFT: { status: 'SUBMITTED' },
  DETAIL_STATUS: undefined,
  FIELD_REQUIRED_FOR_SUBMISSION: { field: 'summary' },
  PROPOSAL_REQUIRED: undefined,
  INCOMPLETE: undefined,
  DUPLICATE_INNOVATION: undefined,
  DUPLICATE_EDITION: { editionId: 'pik-2024' },
  CONTENT_TYPE_NOT_ACCEPTED: { kind: 'PHOTO', accepted: ['image/jpeg', 'image/png'] },
  DOCUMENT_TOO_LARGE: { kind: 'PROPOSAL', maxMb: 20 },
  TOO_MANY_DOCUMENTS: { max: 30 },
  DOCUMENT_NOT_UPLOADED: { kind: 'PROPOSAL', fileName: 'proposal.pdf' },
  DOCUMENT_STORED_AS: { kind: 'PROPOSAL', fileName: 'proposal.pdf', stored: undefined, declared: 'application/pdf' },
  DOCUMENT_LARGER_THAN_ALLOWED: { kind: 'PHOTO', fileName: 'foto.jpg', size: 12_000_000 },
  DOCUMENT_EMPTY: { kind: 'PROPOSAL', fileName: 'proposal.pdf' },
  DOCUMENT_NOT_OF_TYPE: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf' },
  DOCUMENTS_MISMATCH: undefined,
  EVIDENCE_NOT_UPLOADED: { documentId: '7d3f4a8e-0000-4000-8000-000000000001' },
  EVIDENCE_MISMATCH: undefined,
  DUPLICATE_EVIDENCE: undefined,
  DUPLICATE_OBJECTION: undefined,
  NOT_ELIGIBLE: { status: 'INELIGIBLE' },
  NOT_VERIFIED: undefined,
  NOT_A_NOMINEE: { status: 'ELIGIBLE' },
  NOT_SUBMITTED: { status: 'DRAFT' },
  SCORE_DOES_NOT_FIT: undefined,
  CRITERION_REQUIRED: { key: 'kebaruan' },
  CRITERION_NOT_A_NUMBER: { key: 'kemanfaatan' },
  CRITERION_OFF_SCALE: { key: 'replikasi', min: 1, max: 5 },
  CRITERION_UNKNOWN: { key: 'bonus' },
  NOMINATION_FIRST: undefined,
  OBJECTION_WINDOW_OFF: undefined,
  OBJECTION_WINDOW_CLOSED: { start: '2023-11-20T12:00:00+08:00', end: '2023-11-25T12:00:00+08:00' },
  OBJECTION_NOT_FOUND: undefined,
  OBJECTION_RESOLVED_ALREADY: { outcome: 'UPHELD' },
  FINAL_RANKING_FIRST: undefined,
  RANKING_IN_PROGRESS: undefined,
  VERSION_CONFLICT: undefined,
  EDITION_CHANGED: undefined,
  ASSIGNMENTS_CHANGED: undefined,
  SCORE_CHANGED: undefined,
  VERIFICATION_CHANGED: undefined,
  VERSION_EDITED: { what: 'score', expected: 2, stored: 3 },
  ASSIGNMENTS_VERSION_EDITED: { expected: 2, stored: undefined },
  IF_MATCH_FORMAT: undefined,
  IDEMPOTENCY_KEY_REUSED: undefined,
  REQUEST_IN_PROGRESS: undefined,
  TOO_MANY_CHANGES: undefined,
  SERVICE_UNAVAILABLE: undefined,
  INTERNAL: undefined,
  INVALID_INPUT: undefined,
  INVALID_REQUEST_PART: { part: 'body' },
  INVALID_JSON: undefined,
  UNSUPPORTED_MEDIA_TYPE: undefined,
  BODY_TOO_LARGE: { maxBytes: 65536 },
  FIELD_REQUIRED: undefined,
  UNKNOWN_FIELD: { field: 'ownerId' },
  ILL_FORMED_TEXT: undefined,
  ILL_FORMED_FIELD_NAME: undefined,
  PAGE_TOKEN_FOREIGN: undefined,
  ZOD_ISSUE: { issue: zodIssue },
  SLUG_FORMAT: undefined,
  NO_CONTROL_CHARACTERS: undefined,
  PHONE_FORMAT: undefined,
  NOTHING_TO_CHANGE: undefined,
  SCALE_MAX_ABOVE_MIN: undefined,
  CRITERION_KEYS_UNIQUE: undefined,
  WEIGHTS_ADD_UP: undefined,
  FINAL_WEIGHTS_ADD_UP: undefined,
  CATEGORIES_UNIQUE: undefined,
  USER_ONCE_PER_ROLE: undefined,
  REASON_REQUIRED: undefined,
  LEFT_OUT_DISQUALIFIED: undefined,
  LEFT_OUT_NOT_ELIGIBLE: undefined,
  LEFT_OUT_TOO_FEW_JUDGES: { judges: 1, needed: 2 },
  LEFT_OUT_BELOW_MINIMUM: { score: 41.5, minimum: 50 },
  LEFT_OUT_NOT_VERIFIED: undefined,
  LEFT_OUT_INCOMPLETE: { unverified: true, presentationScores: 1, needed: 2 },
  ICC_TOO_FEW_JUDGES: { judges: 1 },
  ICC_TOO_FEW_ENTRIES: { entries: 2, needed: 3 },
  ICC_UNDEFINED: undefined,
  ICC_K_MEANINGLESS: undefined,
  FLAG_RUNNING_TIME: { stage: 'PENERAPAN', minimumMonths: 12, startedOn: '2022-10-15', reachesMinimumOn: '2023-10-15', registrationClose: '2023-10-14T00:00:00+08:00' },
  FLAG_DUPLICATE_TITLE: { title: 'Adminduk Keliling', editionId: 'pik-2023', similarity: 0.96, sameEdition: true },
  FLAG_PREVIOUS_WINNER: { title: 'Posyandu Digital', editionId: 'pik-2022', similarity: 0.905 },
  EVIDENCE_IDS_UNIQUE: undefined,
  MAIL_RECEIPT_SUBJECT: { title: 'Adminduk Keliling', number: '5b3f0a4e-0000-4000-8000-000000000001' },
  MAIL_RECEIPT_TEXT: {
    name: 'Siti',
    title: 'Adminduk Keliling',
    number: '5b3f0a4e-0000-4000-8000-000000000001',
    at: '2023-10-12T09:00:00+08:00',
    documents: [{ kind: 'PROPOSAL', fileName: 'proposal.pdf', size: 12345 }],
  },
  MAIL_SCREENED_OUT_SUBJECT: { title: 'Adminduk Keliling' },
  MAIL_SCREENED_OUT_TEXT: { name: 'Siti', title: 'Adminduk Keliling', number: '5b3f0a4e-0000-4000-8000-000000000001', reason: 'Belum berjalan satu tahun' },
  MAIL_NOMINATED_SUBJECT: { title: 'Adminduk Keliling' },
  MAIL_NOMINATED_TEXT: { name: 'Siti', title: 'Adminduk Keliling', number: '5b3f0a4e-0000-4000-8000-000000000001' },
  MAIL_WON_SUBJECT: { title: 'Adminduk Keliling', place: 1 },
  MAIL_WON_TEXT: { name: 'Siti', title: 'Adminduk Keliling', number: '5b3f0a4e-0000-4000-8000-000000000001', place: 1, category: 'OPD' },
  MAIL_ASSIGNED_SUBJECT: { role: 'jury', editionId: 'pik-2023' },
  MAIL_ASSIGNED_TEXT: { role: 'jury', editionId: 'pik-2023', categories: ['OPD', 'GURU'] },
  MAIL_EXTENDED_SUBJECT: { stage: 'REGISTRATION', end: '2023-10-16T00:00:00+08:00' },
  MAIL_EXTENDED_TEXT: { stage: 'REGISTRATION', editionId: 'pik-2023', from: '2023-10-14T00:00:00+08:00', end: '2023-10-16T00:00:00+08:00' },
  TOKEN_MISSING: undefined,
  TOKEN_INVALID: undefined,
  REQUEST_TOO_LARGE: undefined,
  CLOCK_BACKWARDS: { now: '2023-10-12T09:00:00+08:00' },
  CLOCK_MOVED_MEANWHILE: undefined,
};

const sample = (key: MessageKey): Message => ({ key, params: SAMPLES[key] }) as Message;

describe('the catalogue', () => {
  test('every key has a sample, and only keys of the catalogue do', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(messageKeys().sort());
  });

  test.each(messageKeys().map((k) => [k]))('%s is worded in Indonesian and in English, differently', (key) => {
    const id = renderMessage(sample(key), 'id');
    const en = renderMessage(sample(key), 'en');
    expect(id.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(id).not.toBe(en);
    for (const text of [id, en]) expect(text).not.toMatch(/undefined|\[object |NaN/);
  });

  test('English keeps the wording clients and logs already know', () => {
    expect(renderMessage(sample('WRONG_STAGE'), 'en')).toBe('Submitting an innovation is not possible during SCREENING (2023-10-14T00:00:00+08:00 – 2023-11-01T00:00:00+08:00)');
    expect(renderMessage(msg('VERSION_EDITED', { what: 'innovation', expected: 2, stored: undefined }), 'en')).toBe('You edited version 2 of the innovation; it is now at no version');
    expect(renderMessage(msg('UNKNOWN_FIELD', { field: 'status' }), 'en')).toBe('status is not a known field');
  });

  test('Indonesian names the stage in Indonesian with its code, and the window in WITA as an office writes it', () => {
    expect(renderMessage(msg('WRONG_STAGE', { action: 'ACTION_REGISTER_INNOVATION', stage: 'SCREENING', start: '2023-10-14T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' }), 'id')).toBe(
      'Pendaftaran inovasi tidak dapat dilakukan pada tahap seleksi administrasi (SCREENING, 14-10-2023 00.00 – 01-11-2023 00.00 WITA)',
    );
    expect(renderMessage(msg('WRONG_STAGE', { action: 'ACTION_ANNOUNCE', stage: 'PRESENTATION', start: '2023-11-27T00:00:00+08:00', end: '2023-12-09T00:00:00+08:00' }), 'id')).toBe(
      'Pengumuman pemenang tidak dapat dilakukan pada tahap presentasi inovasi (PRESENTATION, 27-11-2023 00.00 – 09-12-2023 00.00 WITA)',
    );
    expect(renderMessage(msg('WRONG_STAGE', { action: 'ACTION_REGISTER_INNOVATION', stage: 'UPCOMING', start: null, end: '2023-10-11T00:00:00+08:00' }), 'id')).toBe(
      'Pendaftaran inovasi tidak dapat dilakukan pada tahap pra-pendaftaran (UPCOMING, sampai 11-10-2023 00.00 WITA)',
    );
    expect(renderMessage(msg('WRONG_STAGE', { action: 'ACTION_READ_RESULTS', stage: 'WINNER_DETERMINATION', start: '2023-12-09T00:00:00+08:00', end: null }), 'id')).toBe(
      'Melihat hasil lomba tidak dapat dilakukan pada tahap penentuan pemenang (WINNER_DETERMINATION, mulai 09-12-2023 00.00 WITA)',
    );
  });

  test('times are shown in WITA whatever offset they were written with, seconds only when there are some', () => {
    expect(waktu('2023-11-20T04:00:00Z')).toBe('20-11-2023 12.00');
    expect(waktu('2023-11-20T11:59:59+08:00')).toBe('20-11-2023 11.59.59');
    expect(waktu('not a time')).toBe('not a time');
  });

  test('an AppError keeps its wire code and an English message for the logs, and words it in either language', () => {
    const err = invalidInput([{ path: ['body', 'category'], message: msg('CATEGORY_NOT_IN_EDITION', { category: 'PEMUDA' }) }]);
    expect(err).toBeInstanceOf(AppError);
    expect([err.code, err.key, err.message]).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'Invalid input']);
    expect(errorBody(err, 'id')).toEqual({
      error: { code: 'INVALID_INPUT', message: 'Data yang dikirim tidak valid', details: [{ path: ['body', 'category'], message: 'PEMUDA bukan kategori pada edisi ini' }] },
    });
    expect(errorBody(err, 'en').error.details).toEqual([{ path: ['body', 'category'], message: 'PEMUDA is not a category of this edition' }]);
  });
});

describe('zod issues', () => {
  const refusal = (f: () => unknown): AppError => {
    try {
      f();
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
    throw new Error('expected a refusal');
  };

  const refusedInnovation = () => {
    const body = { title: 'ab', category: 'OPD', institutionId: 'opd-diskominfo', contact: { name: 'Siti', email: 'siti@kukarkab.go.id', phone: 'call me' }, extra: 1 };
    return refusal(() => parseOr400(InnovationInput, body, 'body'));
  };

  test("zod's own messages are worded in zod's locale for the language; schemas' own messages come from the catalogue", () => {
    const err = refusedInnovation();
    expect(errorBody(err, 'id').error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Isi permintaan tidak valid',
      details: [
        { path: ['body', 'title'], message: 'Terlalu kecil: diharapkan string memiliki >=3 karakter', code: 'too_small' },
        { path: ['body', 'contact', 'phone'], message: 'nomor telepon, misalnya +62 812 3456 7890', code: 'invalid_format' },
        { path: ['body', 'extra'], message: 'extra bukan kolom yang dikenal', code: 'unrecognized_keys' },
      ],
    });
    expect(errorBody(err, 'en').error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Invalid body',
      details: [
        { path: ['body', 'title'], message: 'Too small: expected string to have >=3 characters', code: 'too_small' },
        { path: ['body', 'contact', 'phone'], message: 'a phone number such as +62 812 3456 7890', code: 'invalid_format' },
        { path: ['body', 'extra'], message: 'extra is not a known field', code: 'unrecognized_keys' },
      ],
    });
  });

  test('what was received is named in either language (the issue keeps its input until the message is worded)', () => {
    const err = refusal(() => parseOr400(z.object({ size: z.number() }), { size: '12' }, 'body'));
    expect(errorBody(err, 'id').error.details).toEqual([{ path: ['body', 'size'], message: 'Input tidak valid: diharapkan number, diterima string', code: 'invalid_type' }]);
    expect(errorBody(err, 'en').error.details).toEqual([{ path: ['body', 'size'], message: 'Invalid input: expected number, received string', code: 'invalid_type' }]);
    // The input itself never reaches the wire.
    expect(JSON.stringify(errorBody(err, 'id'))).not.toContain('"12"');
  });

  test('a schema used directly still speaks English, and its issue names the catalogue key', () => {
    const issue = Slug.safeParse('../etc').error!.issues[0]!;
    expect(issue.message).toBe('letters, digits, "-" or "_", at most 64');
    expect(issuesToDetails([issue])[0]!.message).toEqual(msg('SLUG_FORMAT'));
  });

  test('a custom message written without the catalogue keeps its own text rather than a generic one', () => {
    const issues = z.string().check(z.refine(() => false, 'only ever English')).safeParse('x', { reportInput: true }).error!.issues;
    expect(renderMessage(issuesToDetails(issues)[0]!.message, 'id')).toBe('only ever English');
  });

  test("zod/mini leaves zod's own issues unworded ('Invalid input'); the wire still gets the locale's words", () => {
    expect(zodIssue.message).toBe('Invalid input');
    expect(renderMessage(issuesToDetails([zodIssue])[0]!.message, 'en')).toBe('Too small: expected string to have >=3 characters');
  });

  test("the wording is the same where the full zod has configured its English locale for every issue", () => {
    z.config(en());
    try {
      const issue = z.string().check(z.minLength(3)).safeParse('ab', { reportInput: true }).error!.issues[0]!;
      expect(issue.message).toBe('Too small: expected string to have >=3 characters');
      expect(renderMessage(issuesToDetails([issue])[0]!.message, 'id')).toBe('Terlalu kecil: diharapkan string memiliki >=3 karakter');
      const custom = z.string().check(z.refine(() => false, 'only ever English')).safeParse('x', { reportInput: true }).error!.issues;
      expect(renderMessage(issuesToDetails(custom)[0]!.message, 'id')).toBe('only ever English');
      expect(errorBody(refusedInnovation(), 'id').error.details).toEqual([
        { path: ['body', 'title'], message: 'Terlalu kecil: diharapkan string memiliki >=3 karakter', code: 'too_small' },
        { path: ['body', 'contact', 'phone'], message: 'nomor telepon, misalnya +62 812 3456 7890', code: 'invalid_format' },
        { path: ['body', 'extra'], message: 'extra bukan kolom yang dikenal', code: 'unrecognized_keys' },
      ]);
    } finally {
      z.config({ localeError: undefined });
    }
  });

  test("zod's locales are built when a first zod message is worded, not when the catalogue loads", () => {
    jest.isolateModules(() => {
      const actual = jest.requireActual<typeof import('zod/v4/locales')>('zod/v4/locales');
      const built = { id: jest.fn(actual.id), en: jest.fn(actual.en) };
      jest.doMock('zod/v4/locales', () => ({ ...actual, ...built }));
      const catalogue = jest.requireActual<typeof import('#shared/messages/catalogue')>('../../shared/messages/catalogue');
      expect([built.id.mock.calls.length, built.en.mock.calls.length]).toEqual([0, 0]);
      catalogue.renderMessage(catalogue.msg('ZOD_ISSUE', { issue: zodIssue }), 'id');
      catalogue.renderMessage(catalogue.msg('ZOD_ISSUE', { issue: zodIssue }), 'en');
      expect([built.id.mock.calls.length, built.en.mock.calls.length]).toEqual([1, 1]);
      jest.dontMock('zod/v4/locales');
    });
  });
});

describe('Accept-Language', () => {
  test.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['en;q=0.9,id;q=0.8', 'en'],
    ['id;q=0.8, en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id'],
    ['in', 'id'],
    ['en;q=0.5, id', 'id'],
    ['en;q=0.8, id;q=0.8', 'id'],
    ['*', 'id'],
    ['*;q=0.5, en', 'en'],
    ['en;q=0, *', 'id'],
    ['en;q=0', 'id'],
    ['fr', 'id'],
    ['zz-ZZ, de;q=0.9', 'id'],
    ['en;q=2', 'id'],
    ['en;q=abc', 'id'],
    [';;,,', 'id'],
    [' en ; q=0.9 ', 'en'],
  ] as const)('%j → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  test('is read from request headers in any case, also as repeated values', () => {
    expect(requestLanguage({ 'Accept-Language': 'en-US' })).toBe('en');
    expect(requestLanguage({ 'accept-language': ['fr', 'en;q=0.5'] })).toBe('en');
    expect(requestLanguage({ authorization: 'Bearer x' })).toBe('id');
    expect(requestLanguage(undefined)).toBe('id');
  });
});
