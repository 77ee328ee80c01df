import { CATEGORY_CODES } from '#shared/vocabulary/categories';
import { attachmentDisposition, documentObjectKey, readableKey, submittedObjectKey, uploadSeconds } from '#shared/domain/document-policy';
import {
  checkEntrant,
  innovationView,
  newInnovation,
  requireDraft,
  requireOwner,
  stamp,
  submissionGaps,
} from '#shared/domain/innovation-rules';
import { requireSameVersion } from '#shared/domain/optimistic-lock';
import { AppError } from '#shared/errors';
import { renderMessage } from '#shared/messages/catalogue';
import type { Caller } from '#shared/vocabulary/caller';
import type { InnovationInput, StoredInnovation } from '#shared/schemas/innovation.schema';
import type { Institution } from '#shared/schemas/institution.schema';

const ALL_CATEGORIES: readonly string[] = CATEGORY_CODES;
const diskominfo: Institution = { institutionId: 'opd-diskominfo', name: 'Dinas Komunikasi dan Informatika', type: 'OPD' };
const puskesmas: Institution = { institutionId: 'pkm-tenggarong', name: 'Puskesmas Tenggarong', type: 'PUSKESMAS' };
const contact = { name: 'Siti Rahmawati', email: 'siti@kukarkab.go.id', phone: '+62 812 5555 0101' };

const participant = (institutionId?: string): Caller => ({ userId: 'peserta-1', groups: ['participant'], ...(institutionId ? { institutionId } : {}) });
const entry = (overrides: Partial<InnovationInput> = {}): InnovationInput => ({ title: 'Layanan Keliling', category: 'OPD', institutionId: 'opd-diskominfo', contact, ...overrides });

/** The AppError a rule throws, or a failure when it does not throw. */
const refusal = (rule: () => void): AppError => {
  try {
    rule();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the rule to refuse');
};
const shape = (err: AppError) => ({ kind: err.kind, code: err.code, paths: (err.details ?? []).map((d) => d.path) });

describe('checkEntrant — who may enter in which category', () => {
  test('an account that speaks for an institution enters it in the institution’s own category', () => {
    expect(() => checkEntrant(entry(), diskominfo, participant('opd-diskominfo'), ALL_CATEGORIES)).not.toThrow();
  });

  test('an institutional category needs an institutionId (400 at body.institutionId)', () => {
    const err = refusal(() => checkEntrant(entry({ institutionId: undefined }), undefined, participant('opd-diskominfo'), ALL_CATEGORIES));
    expect(shape(err)).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT', paths: [['institutionId']] });
  });

  test('the institution must be in the registry (400 at body.institutionId)', () => {
    const err = refusal(() => checkEntrant(entry({ institutionId: 'opd-hantu' }), undefined, participant('opd-hantu'), ALL_CATEGORIES));
    expect(shape(err)).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT', paths: [['institutionId']] });
    expect(renderMessage(err.details![0]!.message, 'en')).toContain('opd-hantu');
  });

  test("the category must be the institution's type: a Puskesmas does not enter as an OPD (400 at body.category)", () => {
    const err = refusal(() => checkEntrant(entry({ institutionId: 'pkm-tenggarong' }), puskesmas, participant('pkm-tenggarong'), ALL_CATEGORIES));
    expect(shape(err)).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT', paths: [['category']] });
    expect(renderMessage(err.details![0]!.message, 'en')).toContain('PUSKESMAS');
  });

  test("the caller's account must speak for that institution (403)", () => {
    expect(shape(refusal(() => checkEntrant(entry(), diskominfo, participant('opd-brida'), ALL_CATEGORIES)))).toEqual({ kind: 'forbidden', code: 'FORBIDDEN', paths: [] });
  });

  test('an account that speaks for no institution cannot enter an institutional category (403)', () => {
    expect(refusal(() => checkEntrant(entry(), diskominfo, participant(), ALL_CATEGORIES)).kind).toBe('forbidden');
  });

  test('a personal category is entered by a person, without an institution', () => {
    expect(() => checkEntrant(entry({ category: 'GURU', institutionId: undefined, affiliation: 'SDN 001 Tenggarong' }), undefined, participant(), ALL_CATEGORIES)).not.toThrow();
  });

  test('a personal category refuses an institutionId (400 at body.institutionId), even from an institution account', () => {
    const err = refusal(() => checkEntrant(entry({ category: 'PEMUDA' }), diskominfo, participant('opd-diskominfo'), ALL_CATEGORIES));
    expect(shape(err)).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT', paths: [['institutionId']] });
  });

  test('a category the edition does not run is refused (400 at body.category)', () => {
    const err = refusal(() => checkEntrant(entry(), diskominfo, participant('opd-diskominfo'), ['GURU', 'SISWA']));
    expect(shape(err)).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT', paths: [['category']] });
  });
});

describe('the life of a draft', () => {
  const now = new Date('2023-10-12T09:00:00+08:00');
  const draft = (): StoredInnovation => newInnovation(entry(), { id: '6f1c2f0e-3b2a-4c55-9e1f-0a4b7d6c8e90', editionId: 'pik-2023' }, participant('opd-diskominfo'), now);

  test('a new innovation is a version-1 DRAFT of its caller, without documents, stamped in WITA', () => {
    expect(draft()).toMatchObject({
      status: 'DRAFT',
      ownerId: 'peserta-1',
      version: 1,
      documents: [],
      createdAt: '2023-10-12T09:00:00+08:00',
      updatedAt: '2023-10-12T09:00:00+08:00',
    });
  });

  test('only the owner may change it (403)', () => {
    expect(() => requireOwner(draft(), participant('opd-diskominfo'))).not.toThrow();
    expect(refusal(() => requireOwner(draft(), { userId: 'peserta-2', groups: ['participant'], institutionId: 'opd-diskominfo' })).kind).toBe('forbidden');
    expect(refusal(() => requireOwner(draft(), { userId: 'brida-admin', groups: ['admin'] })).kind).toBe('forbidden');
  });

  test('only a draft can be changed: anything else is 409 NOT_DRAFT naming its status', () => {
    expect(() => requireDraft(draft())).not.toThrow();
    const err = refusal(() => requireDraft({ ...draft(), status: 'SUBMITTED' }));
    expect([err.kind, err.code]).toEqual(['conflict', 'NOT_DRAFT']);
    expect(err.details).toEqual([expect.objectContaining({ status: 'SUBMITTED' })]);
  });

  test('an edit made on an older version is 409 VERSION_CONFLICT; no version means no check', () => {
    const v3 = { ...draft(), version: 3 };
    expect(() => requireSameVersion('innovation', 3, v3.version)).not.toThrow();
    expect(() => requireSameVersion('innovation', undefined, v3.version)).not.toThrow();
    const err = refusal(() => requireSameVersion('innovation', 2, v3.version));
    expect([err.kind, err.code]).toEqual(['conflict', 'VERSION_CONFLICT']);
  });

  test('every change bumps the version by one and restamps updatedAt, keeping createdAt', () => {
    const later = new Date('2023-10-13T08:30:00+08:00');
    const next = stamp(draft(), { summary: 'baru' }, later);
    expect(next).toMatchObject({ summary: 'baru', version: 2, createdAt: '2023-10-12T09:00:00+08:00', updatedAt: '2023-10-13T08:30:00+08:00' });
  });

  test('a submission needs every descriptive field and a PROPOSAL document', () => {
    expect(submissionGaps(draft()).map((g) => g.path)).toEqual([
      ['summary'],
      ['problem'],
      ['solution'],
      ['impact'],
      ['innovationStage'],
      ['innovationType'],
      ['startedOn'],
      ['documents'],
    ]);
    const complete: StoredInnovation = {
      ...draft(),
      summary: 's',
      problem: 'p',
      solution: 's',
      impact: 'i',
      innovationStage: 'UJI_COBA',
      innovationType: 'NON_DIGITAL',
      startedOn: '2023-01-01',
      documents: [
        { documentId: '0b7f2a52-8f0e-4d7b-9e43-2b1c6d1f4a10', kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: 10, key: 'k', status: 'UPLOADED', createdAt: '2023-10-12T09:00:00+08:00' },
      ],
    };
    expect(submissionGaps(complete)).toEqual([]);
    expect(submissionGaps({ ...complete, summary: '' }).map((g) => g.path)).toEqual([['summary']]);
    expect(submissionGaps({ ...complete, documents: complete.documents.map((d) => ({ ...d, kind: 'EVIDENCE' as const })) }).map((g) => g.path)).toEqual([['documents']]);
    // The national fields an edition requires at submission.
    expect(submissionGaps(complete, ['initiator', 'videoUrl']).map((g) => g.path)).toEqual([['initiator'], ['videoUrl']]);
    expect(submissionGaps({ ...complete, initiator: 'ASN', videoUrl: 'https://youtu.be/x' }, ['initiator', 'videoUrl'])).toEqual([]);
  });

  test('readers never see where a document is stored', () => {
    const withDoc: StoredInnovation = {
      ...draft(),
      documents: [{ documentId: '0b7f2a52-8f0e-4d7b-9e43-2b1c6d1f4a10', kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: 10, key: 'editions/x/secret', status: 'PENDING', createdAt: '2023-10-12T09:00:00+08:00' }],
    };
    const view = innovationView(withDoc);
    expect(view.documents[0]).not.toHaveProperty('key');
    expect(JSON.stringify(view)).not.toContain('editions/x/secret');
  });
});

describe('documents: reading and uploading', () => {
  test('a document is served as an attachment: an ASCII filename and the exact stored name in filename* (RFC 6266)', () => {
    expect(attachmentDisposition('proposal.pdf')).toBe(`attachment; filename="proposal.pdf"; filename*=UTF-8''proposal.pdf`);
    const name = 'Proposal Désa — ꦲꦤ "final" (1)\\x.pdf';
    const header = attachmentDisposition(name);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
    expect(/filename="([^"]*)"/.exec(header)![1]).toBe('Proposal Desa _final_ (1)_x.pdf');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1])).toBe(name);
    expect(attachmentDisposition('ꦲꦤ')).toMatch(/^attachment; filename="document"; /);
  });

  test('an upload form lasts 15 minutes, never past the end of its window, and at least a second', () => {
    const now = new Date('2023-10-13T23:50:00+08:00');
    expect(uploadSeconds(new Date('2023-10-12T09:00:00+08:00'), '2023-10-14T00:00:00+08:00')).toBe(900);
    expect(uploadSeconds(now, '2023-10-14T00:00:00+08:00')).toBe(600);
    expect(uploadSeconds(new Date('2023-10-13T23:59:59.500+08:00'), '2023-10-14T00:00:00+08:00')).toBe(1);
    expect(uploadSeconds(now, null)).toBe(900);
  });

  test('a submitted document is read from its submitted copy, under a prefix apart from the uploads', () => {
    const key = documentObjectKey('pik-2023', 'i', 'd');
    const submitted = submittedObjectKey('pik-2023', 'i', 's', 'd');
    expect(readableKey({ key })).toBe(key);
    expect(readableKey({ key, submittedKey: submitted })).toBe(submitted);
    expect(submitted.split('/')[0]).not.toBe(key.split('/')[0]);
  });
});
