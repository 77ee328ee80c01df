import type * as z from 'zod/mini';
import { seedEdition } from '#shared/domain/seed-edition';
import { ListQuery, Slug, SystemId } from '#shared/schemas/common.schema';
import { EditionInput } from '#shared/schemas/edition.schema';
import { DocumentRequest, InnovationInput, InnovationListQuery, InnovationPatch } from '#shared/schemas/innovation.schema';
import { InstitutionInput } from '#shared/schemas/institution.schema';
import { validInnovation } from '#test/support/stack';

/** The paths of every issue, or [] when the value parses. */
const failing = (schema: z.ZodMiniType, value: unknown): (string | number)[][] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path as (string | number)[]);
};
const issues = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return result.error.issues;
};

describe('InnovationInput', () => {
  test('a complete registration parses', () => {
    expect(failing(InnovationInput, validInnovation())).toEqual([]);
  });

  test('a draft needs only who and what: title, category and contact', () => {
    expect(failing(InnovationInput, { title: 'Posyandu Digital', category: 'GURU', contact: validInnovation().contact })).toEqual([]);
  });

  test('an unknown field is refused, not silently dropped', () => {
    const found = issues(InnovationInput, validInnovation({ status: 'WINNER' }));
    expect(found).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['status'] })]);
  });

  test('the server-owned fields cannot be sent: id, ownerId, version, documents', () => {
    for (const field of ['id', 'ownerId', 'version', 'documents', 'editionId'])
      expect(issues(InnovationInput, validInnovation({ [field]: 'x' }))[0]).toMatchObject({ code: 'unrecognized_keys', keys: [field] });
  });

  test('a bad contact email is refused at contact.email', () => {
    expect(failing(InnovationInput, validInnovation({ contact: { ...validInnovation().contact, email: 'siti@' } }))).toEqual([['contact', 'email']]);
  });

  test('a bad contact phone is refused at contact.phone', () => {
    expect(failing(InnovationInput, validInnovation({ contact: { ...validInnovation().contact, phone: 'call me' } }))).toEqual([['contact', 'phone']]);
  });

  test('an unknown category code is refused', () => {
    expect(failing(InnovationInput, validInnovation({ category: 'UMKM' }))).toEqual([['category']]);
    expect(failing(InnovationInput, validInnovation({ category: 'opd' }))).toEqual([['category']]);
  });

  test('the title is 3 to 200 characters after trimming', () => {
    expect(failing(InnovationInput, validInnovation({ title: 'x'.repeat(201) }))).toEqual([['title']]);
    expect(failing(InnovationInput, validInnovation({ title: 'x'.repeat(200) }))).toEqual([]);
    expect(failing(InnovationInput, validInnovation({ title: '  ab   ' }))).toEqual([['title']]);
  });

  test('free text is trimmed', () => {
    const parsed = InnovationInput.parse(validInnovation({ title: '  Layanan Keliling  ' }));
    expect(parsed.title).toBe('Layanan Keliling');
  });

  test('control characters are refused in free text; line breaks and tabs are allowed', () => {
    expect(failing(InnovationInput, validInnovation({ title: 'Layanan\u0007Keliling' }))).toEqual([['title']]);
    expect(failing(InnovationInput, validInnovation({ summary: 'a\u0000b' }))).toEqual([['summary']]);
    expect(failing(InnovationInput, validInnovation({ impact: 'delete\u007F' }))).toEqual([['impact']]);
    expect(failing(InnovationInput, validInnovation({ summary: 'baris satu\nbaris dua\r\n\tdan tab' }))).toEqual([]);
  });

  test('long texts are bounded: summary 2000, problem/solution/impact 5000', () => {
    expect(failing(InnovationInput, validInnovation({ summary: 'x'.repeat(2001), problem: 'x'.repeat(5001), solution: 'x'.repeat(5001), impact: 'x'.repeat(5001) }))).toEqual([
      ['summary'],
      ['problem'],
      ['solution'],
      ['impact'],
    ]);
  });

  test('the innovation stage and type are one of their codes, and startedOn a real YYYY-MM-DD date', () => {
    expect(failing(InnovationInput, validInnovation({ innovationStage: 'IDEA', innovationType: 'ANALOG', startedOn: '2023-02-30' }))).toEqual([
      ['innovationStage'],
      ['innovationType'],
      ['startedOn'],
    ]);
    expect(failing(InnovationInput, validInnovation({ startedOn: '01-03-2022' }))).toEqual([['startedOn']]);
  });

  test('an institution id is a slug: no path tricks', () => {
    expect(failing(InnovationInput, validInnovation({ institutionId: '../opd-brida' }))).toEqual([['institutionId']]);
  });

  test('every failing field is reported at once', () => {
    expect(failing(InnovationInput, { title: '', category: 'X', contact: { name: '', email: 'no', phone: '1' } })).toEqual(
      expect.arrayContaining([['title'], ['category'], ['contact', 'name'], ['contact', 'email'], ['contact', 'phone']]),
    );
  });
});

describe('InnovationPatch', () => {
  test('any field but category and institution may change, with an optional version', () => {
    expect(failing(InnovationPatch, { summary: 'baru', version: 3 })).toEqual([]);
  });

  test('category and institution are not editable: they decide where the entry competes', () => {
    expect(issues(InnovationPatch, { category: 'RSUD' })[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['category'] });
    expect(issues(InnovationPatch, { institutionId: 'opd-brida' })[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['institutionId'] });
  });

  test('a patch that changes nothing is refused', () => {
    expect(issues(InnovationPatch, {})[0]!.message).toBe('nothing to change');
    expect(issues(InnovationPatch, { version: 2 })[0]!.message).toBe('nothing to change');
  });

  test('the version is a positive integer', () => {
    expect(failing(InnovationPatch, { title: 'abc', version: 0 })).toEqual([['version']]);
    expect(failing(InnovationPatch, { title: 'abc', version: '2' })).toEqual([['version']]);
  });
});

describe('DocumentRequest', () => {
  const valid = { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: 1024 };

  test('a kind, a file name, a content type and a size parse', () => {
    expect(failing(DocumentRequest, valid)).toEqual([]);
  });

  test('the kind is PROPOSAL, EVIDENCE, PHOTO or VIDEO', () => {
    expect(failing(DocumentRequest, { ...valid, kind: 'SPREADSHEET' })).toEqual([['kind']]);
  });

  test('the size is a whole number of bytes, at least 1', () => {
    expect(failing(DocumentRequest, { ...valid, size: 0 })).toEqual([['size']]);
    expect(failing(DocumentRequest, { ...valid, size: 10.5 })).toEqual([['size']]);
    expect(failing(DocumentRequest, { ...valid, size: '1024' })).toEqual([['size']]);
  });

  test('the file name is 1–200 characters without control characters', () => {
    expect(failing(DocumentRequest, { ...valid, fileName: '' })).toEqual([['fileName']]);
    expect(failing(DocumentRequest, { ...valid, fileName: 'x'.repeat(201) })).toEqual([['fileName']]);
    expect(failing(DocumentRequest, { ...valid, fileName: 'a\u001Fb.pdf' })).toEqual([['fileName']]);
  });

  test('an object key or anything else unknown cannot be sent', () => {
    expect(issues(DocumentRequest, { ...valid, key: 'editions/x/evil' })[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['key'] });
  });

  test('a missing content type is refused', () => {
    const { contentType: _omit, ...rest } = valid;
    expect(failing(DocumentRequest, rest)).toEqual([['contentType']]);
  });
});

describe('EditionInput', () => {
  const edition = (overrides: Record<string, unknown> = {}) => ({ ...structuredClone(seedEdition), ...overrides });

  test('the seed edition parses', () => {
    expect(failing(EditionInput, edition())).toEqual([]);
  });

  test('rubric weights that do not add up to 100 are refused, per round', () => {
    const rubric = structuredClone(seedEdition.rubric);
    rubric.assessment[0]!.weight = 30; // 105
    const found = issues(EditionInput, edition({ rubric }));
    expect(found.map((i) => [i.path, i.message])).toEqual([[['rubric', 'assessment'], 'weights must add up to 100']]);
  });

  test('final weights that do not add up to 100 are refused', () => {
    const found = issues(EditionInput, edition({ finalWeights: { assessment: 50, verification: 20, presentation: 20 } }));
    expect(found.map((i) => [i.path, i.message])).toEqual([[['finalWeights'], 'final weights must add up to 100']]);
  });

  test('criterion keys are unique within a round', () => {
    const rubric = structuredClone(seedEdition.rubric);
    rubric.presentation[1]!.key = 'kebaruan';
    expect(issues(EditionInput, edition({ rubric })).map((i) => i.message)).toContain('criterion keys must be unique');
  });

  test("a criterion's scale must go up: max greater than min", () => {
    const rubric = structuredClone(seedEdition.rubric);
    rubric.assessment[0]!.max = 1;
    expect(failing(EditionInput, edition({ rubric }))).toEqual([['rubric', 'assessment', 0, 'max']]);
  });

  test('a criterion weight is positive', () => {
    const rubric = structuredClone(seedEdition.rubric);
    rubric.assessment[0]!.weight = 0;
    rubric.assessment[1]!.weight = 50;
    expect(failing(EditionInput, edition({ rubric }))).toEqual([['rubric', 'assessment', 0, 'weight']]);
  });

  test('categories are known codes, at least one, each once', () => {
    expect(failing(EditionInput, edition({ categories: [] }))).toEqual([['categories']]);
    expect(failing(EditionInput, edition({ categories: ['OPD', 'OPD'] }))).toEqual([['categories']]);
    expect(failing(EditionInput, edition({ categories: ['OPD', 'KOPERASI'] }))).toEqual([['categories', 1]]);
  });

  test('the calendar has exactly the seven dated windows, with offset instants', () => {
    expect(failing(EditionInput, edition({ stages: seedEdition.stages.slice(0, 6) }))).toEqual([['stages']]);
    const stages = structuredClone(seedEdition.stages);
    stages[0]!.start = '2023-10-11T00:00:00'; // no offset: which zone?
    expect(failing(EditionInput, edition({ stages }))).toEqual([['stages', 0, 'start']]);
    const named = structuredClone(seedEdition.stages) as { stage: string }[];
    named[0]!.stage = 'UPCOMING'; // not a dated stage
    expect(failing(EditionInput, edition({ stages: named }))).toEqual([['stages', 0, 'stage']]);
  });

  test('the time zone is WITA (Asia/Makassar) and defaults to it', () => {
    expect(failing(EditionInput, edition({ timeZone: 'Asia/Jakarta' }))).toEqual([['timeZone']]);
    const { timeZone: _tz, ...rest } = edition();
    expect(EditionInput.parse(rest).timeZone).toBe('Asia/Makassar');
  });

  test('nominations per category is a whole number from 1 to 50', () => {
    expect(failing(EditionInput, edition({ nominationsPerCategory: 0 }))).toEqual([['nominationsPerCategory']]);
    expect(failing(EditionInput, edition({ nominationsPerCategory: 2.5 }))).toEqual([['nominationsPerCategory']]);
  });

  test('an unknown field is refused', () => {
    expect(issues(EditionInput, edition({ currentStage: 'ANNOUNCED' }))[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['currentStage'] });
  });
});

describe('InstitutionInput', () => {
  test('a name and an institutional type parse', () => {
    expect(failing(InstitutionInput, { name: 'Dinas Pariwisata', type: 'OPD' })).toEqual([]);
  });

  test('a personal category is not an institution type', () => {
    expect(failing(InstitutionInput, { name: 'Guru Hebat', type: 'GURU' })).toEqual([['type']]);
  });

  test('the id comes from the path, so it cannot be sent in the body', () => {
    expect(issues(InstitutionInput, { name: 'Dinas Pariwisata', type: 'OPD', institutionId: 'opd-x' })[0]).toMatchObject({ code: 'unrecognized_keys' });
  });
});

describe('identifiers and list queries', () => {
  test('a slug is 1–64 URL-safe characters starting with a letter or digit', () => {
    for (const ok of ['pik-2023', 'opd_brida', 'A1']) expect(Slug.safeParse(ok).success).toBe(true);
    for (const bad of ['', '-x', '../x', 'a/b', 'a b', 'x'.repeat(65), 'é']) expect(Slug.safeParse(bad).success).toBe(false);
  });

  test('system ids are UUIDs', () => {
    expect(SystemId.safeParse('6f1c2f0e-3b2a-4c55-9e1f-0a4b7d6c8e90').success).toBe(true);
    expect(SystemId.safeParse('INNOVATION#1').success).toBe(false);
  });

  test('a list limit is 1–100 (default 50), read from the query string', () => {
    expect(ListQuery.parse({})).toEqual({ limit: 50 });
    expect(ListQuery.parse({ limit: '7' })).toEqual({ limit: 7 });
    expect(failing(ListQuery, { limit: '0' })).toEqual([['limit']]);
    expect(failing(ListQuery, { limit: '101' })).toEqual([['limit']]);
    expect(failing(ListQuery, { limit: 'ten' })).toEqual([['limit']]);
  });

  test('innovation lists filter by a known category and status', () => {
    expect(InnovationListQuery.parse({ category: 'OPD', status: 'SUBMITTED' })).toMatchObject({ category: 'OPD', status: 'SUBMITTED', limit: 50 });
    expect(failing(InnovationListQuery, { category: 'opd', status: 'DONE' })).toEqual([['category'], ['status']]);
  });
});
