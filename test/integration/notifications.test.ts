/** Notifications through the local stack's outbox (`GET /_local/outbox`): a receipt on submission, a
 * registration extension told to the drafts' owners, the panel told of its assignment and of an
 * extended assessment, the reason of a screening-out, the nominees at the nomination boundary (the
 * clock) and the winners at the announcement; and, with a mailer that fails, the action stands, the
 * send is retried and logged, given up after its last attempt, and nothing is sent twice. */
import { findNotification } from '#shared/data/notifications';
import { MAX_SEND_ATTEMPTS, type Mail, type Mailer } from '#shared/domain/notifications';
import { logger } from '#shared/logger';
import type { StageWindow } from '#shared/domain/calendar';
import { seedEdition } from '#shared/domain/seed-edition';
import { api, startTestStack, type Http } from '#test/support/stack';
import type { LocalStack } from '#scripts/local/stack';
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, expectStatus, personal, score, setClock, submitEntry, draftEntry, useStack } from '#test/judging/support';
import { SAMPLE_PDF } from '#test/support/stack';

type OutboxItem = { key: string; event: string; to: string; subject: string; text: string; createdAt: string; sentAt: string };
const outbox = async (http: Http): Promise<OutboxItem[]> => expectStatus(await http.call('GET', '/_local/outbox'), 200).body.items;
/** The nomination's start once the assessment is extended below. */
const NOMINATION_EXTENDED = '2023-11-20T15:00:00+08:00';
const to = (items: OutboxItem[], address: string, event: string) => items.filter((i) => i.to === address && i.event === event);

describe('the outbox, through an edition', () => {
  const ctx = useStack();
  const t: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t.admin = await ctx.http.token('sekretariat', ['admin']);
    t.jury = await ctx.http.token('juri-1', ['jury']);
    t.jury2 = await ctx.http.token('juri-tanpa-surel', ['jury']);
    t.verifier = await ctx.http.token('verifikator-1', ['verifier']);
    for (const who of ['guru-1', 'guru-2', 'guru-3']) t[who] = await ctx.http.token(who, ['participant']);
    await setClock(ctx.http, AT.REGISTRATION);
  });

  test('GET /_local/outbox starts empty', async () => {
    expect(await outbox(ctx.http)).toEqual([]);
  });

  test('a submission gets a receipt with the entry number and each document with its size, once', async () => {
    id.winner = await submitEntry(ctx.http, t['guru-1']!, personal('GURU', { title: 'Kelas Literasi Desa', contact: { name: 'Rina', email: 'rina@sekolah.sch.id', phone: '+62 812 5555 0102' } }));
    const [receipt, ...more] = to(await outbox(ctx.http), 'rina@sekolah.sch.id', 'SUBMISSION_RECEIPT');
    expect(more).toEqual([]);
    expect(receipt!.subject).toBe(`Tanda terima pengajuan inovasi "Kelas Literasi Desa" (nomor ${id.winner})`);
    expect(receipt!.text).toContain(`nomor pendaftaran ${id.winner}`);
    // The sample proposal is under 1 kB; its size and unit are kept together by a no-break space.
    expect(SAMPLE_PDF.length).toBeLessThan(1000);
    expect(receipt!.text).toContain(`- PROPOSAL "proposal.pdf", ${SAMPLE_PDF.length}\u00a0B`);
    expect(receipt!.createdAt).toBe(AT.REGISTRATION);
  });

  test('extending registration tells the owners of drafts, not those who submitted', async () => {
    id.screened = await submitEntry(ctx.http, t['guru-2']!, personal('GURU', { title: 'Bank Sampah Sekolah', contact: { name: 'Budi', email: 'budi@sekolah.sch.id', phone: '+62 812 5555 0103' } }));
    id.draft = await draftEntry(ctx.http, t['guru-3']!, personal('GURU', { title: 'Perpustakaan Keliling', contact: { name: 'Dewi', email: 'dewi@sekolah.sch.id', phone: '+62 812 5555 0104' } }));
    const edition = expectStatus(await ctx.http.call('GET', EDITION), 200).body;
    const stages: StageWindow[] = seedEdition.stages.map((w) => ({ ...w }));
    // Registration ends a day later (14 → 15 October); screening starts then.
    stages[0]!.end = '2023-10-15T00:00:00+08:00';
    stages[1]!.start = '2023-10-15T00:00:00+08:00';
    expectStatus(await ctx.http.call('PUT', `${EDITION}/calendar`, { token: t.admin, body: { stages, version: edition.version } }), 200);
    const items = await outbox(ctx.http);
    const [extended, ...more] = to(items, 'dewi@sekolah.sch.id', 'DEADLINE_EXTENDED');
    expect(more).toEqual([]);
    expect(extended!.subject).toBe('Perpanjangan tahap pendaftaran sampai 15-10-2023 00.00 WITA');
    expect(extended!.text).toContain('semula berakhir 14-10-2023 00.00 WITA');
    expect(items.filter((i) => i.event === 'DEADLINE_EXTENDED')).toHaveLength(1);
  });

  test('the panel is told of its assignment; a member without an address is not, and saving the same panel again tells nobody', async () => {
    await setClock(ctx.http, AT.SCREENING);
    const panel = {
      assignments: [
        { userId: 'juri-1', role: 'jury', categories: ['GURU'], email: 'juri1@kukarkab.go.id' },
        { userId: 'juri-tanpa-surel', role: 'jury', categories: ['GURU'] },
        { userId: 'verifikator-1', role: 'verifier', categories: ['GURU'], email: 'verif1@kukarkab.go.id' },
      ],
    };
    expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel }), 200);
    expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel }), 200);
    const items = (await outbox(ctx.http)).filter((i) => i.event === 'ASSIGNED');
    expect(items.map((i) => [i.to, i.subject]).sort()).toEqual([
      ['juri1@kukarkab.go.id', 'Penugasan sebagai tim penilai pik-2023'],
      ['verif1@kukarkab.go.id', 'Penugasan sebagai tim verifikasi lapangan pik-2023'],
    ]);
    expect(items[0]!.text).toContain('untuk kategori: GURU');
  });

  test('an entry screened out is told the reason', async () => {
    expectStatus(await ctx.http.call('PUT', `/innovations/${id.screened}/eligibility`, { token: t.admin, body: { eligible: false, reason: 'Belum berjalan satu tahun' } }), 200);
    const [told] = to(await outbox(ctx.http), 'budi@sekolah.sch.id', 'SCREENED_OUT');
    expect(told!.subject).toBe('Inovasi "Bank Sampah Sekolah" tidak memenuhi syarat administrasi');
    expect(told!.text).toContain('Alasan: Belum berjalan satu tahun');
  });

  test('extending the assessment tells the judges who have an address, not the verifiers', async () => {
    const edition = expectStatus(await ctx.http.call('GET', EDITION), 200).body;
    const stages: StageWindow[] = seedEdition.stages.map((w) => ({ ...w }));
    stages[0]!.end = stages[1]!.start = '2023-10-15T00:00:00+08:00';
    // The assessment ends three hours later (12.00 → 15.00); the nomination starts then.
    stages[2]!.end = stages[3]!.start = NOMINATION_EXTENDED;
    expectStatus(await ctx.http.call('PUT', `${EDITION}/calendar`, { token: t.admin, body: { stages, version: edition.version } }), 200);
    const extended = (await outbox(ctx.http)).filter((i) => i.event === 'DEADLINE_EXTENDED' && i.subject.includes('penilaian'));
    expect(extended.map((i) => [i.to, i.subject])).toEqual([['juri1@kukarkab.go.id', 'Perpanjangan tahap penilaian sampai 20-11-2023 15.00 WITA']]);
  });

  test('the nomination boundary (the clock) tells the nominees, once, even when the ranking is run again', async () => {
    await setClock(ctx.http, AT.ASSESSMENT);
    for (const judge of [t.jury!, t.jury2!]) expectStatus(await score(ctx.http, judge, id.winner!, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 4) }), 201);
    await setClock(ctx.http, NOMINATION_EXTENDED);
    expectStatus(await ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin }), 200);
    const items = await outbox(ctx.http);
    expect(to(items, 'rina@sekolah.sch.id', 'NOMINATED').map((i) => i.subject)).toEqual(['Selamat, inovasi "Kelas Literasi Desa" masuk nominasi']);
    expect(items.filter((i) => i.event === 'NOMINATED')).toHaveLength(1);
  });

  test('the announcement tells the winners', async () => {
    await setClock(ctx.http, AT.FIELD_VERIFICATION);
    expectStatus(await ctx.http.call('PUT', `/innovations/${id.winner}/verification`, { token: t.verifier, body: { result: 'VERIFIED', score: 80, findings: 'Sesuai' } }), 201);
    await setClock(ctx.http, AT.PRESENTATION);
    for (const judge of [t.jury!, t.jury2!]) expectStatus(await score(ctx.http, judge, id.winner!, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 4) }), 201);
    await setClock(ctx.http, AT.WINNER_DETERMINATION);
    expect(to(await outbox(ctx.http), 'rina@sekolah.sch.id', 'WON')).toEqual([]);
    expectStatus(await ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 200);
    const [won] = to(await outbox(ctx.http), 'rina@sekolah.sch.id', 'WON');
    expect(won!.subject).toBe('Selamat, inovasi "Kelas Literasi Desa" meraih juara 1');
    expect(won!.text).toContain('kategori GURU');
  });

  test('every notification was sent exactly once', async () => {
    const keys = (await outbox(ctx.http)).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(9);
  });
});

describe('a mailer that fails', () => {
  let stack: LocalStack;
  let http: Http;
  const attempts: Mail[] = [];
  let failuresLeft = 2;
  /** Fails its first two sends and every send to a `ditolak…` address, hands the rest to the local outbox. */
  const flaky = (outboxMailer: Mailer): Mailer => ({
    send: async (mail) => {
      attempts.push(mail);
      if (mail.to.startsWith('ditolak')) throw Object.assign(new Error('Address is on the suppression list'), { name: 'MessageRejected' });
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw Object.assign(new Error('SES is unreachable'), { name: 'TimeoutError' });
      }
      await outboxMailer.send(mail);
    },
  });

  beforeAll(async () => {
    // No timer: the retries below are the requests' own delivery runs.
    stack = await startTestStack({ mailer: flaky, deliveryEveryMs: 3_600_000 });
    http = api(stack);
    await setClock(http, AT.REGISTRATION);
  });
  afterAll(() => stack?.stop());

  test('does not fail the submission; the send is retried and logged, and the receipt goes out once', async () => {
    const errors = jest.spyOn(logger, 'error');
    const token = await http.token('guru-9', ['participant']);
    const id = await submitEntry(http, token, personal('GURU'));
    // The submission was answered 200 (submitEntry insists) though its receipt failed to go out.
    expect(await outbox(http)).toEqual([]);
    const key = `SUBMISSION_RECEIPT#${id}`;
    expect(await findNotification(key)).toMatchObject({ status: 'PENDING', attempts: 2, lastError: 'TimeoutError: SES is unreachable' });
    expect(errors).toHaveBeenCalledWith('notification send failed; it will be retried', expect.objectContaining({ key, event: 'SUBMISSION_RECEIPT', attempt: 1 }));
    expect(errors).toHaveBeenCalledWith('notification send failed; it will be retried', expect.objectContaining({ key, attempt: 2 }));

    const items = await outbox(http);
    expect(items.map((i) => i.key)).toEqual([key]);
    expect(await findNotification(key)).toMatchObject({ status: 'SENT', attempts: 2, sentAt: AT.REGISTRATION });
    // More delivery runs send nothing again.
    await outbox(http);
    expect(await outbox(http)).toHaveLength(1);
    expect(attempts.map((m) => m.key)).toEqual([key, key, key]);
    errors.mockRestore();
  });

  test('gives a send up after MAX_SEND_ATTEMPTS, logs it as failed for good, and tries no more', async () => {
    const errors = jest.spyOn(logger, 'error');
    const token = await http.token('guru-10', ['participant']);
    const id = await submitEntry(http, token, personal('GURU', { contact: { name: 'Tono', email: 'ditolak@sekolah.sch.id', phone: '+62 812 5555 0109' } }));
    const key = `SUBMISSION_RECEIPT#${id}`;
    // Each outbox read is one delivery run, one more attempt while the notification is pending.
    for (let i = 1; i < MAX_SEND_ATTEMPTS; i++) await outbox(http);
    expect(await findNotification(key)).toMatchObject({ status: 'FAILED', attempts: MAX_SEND_ATTEMPTS, lastError: 'MessageRejected: Address is on the suppression list' });
    expect(errors).toHaveBeenCalledWith('notification failed for good', expect.objectContaining({ key, attempt: MAX_SEND_ATTEMPTS }));
    await outbox(http);
    expect(attempts.filter((m) => m.key === key)).toHaveLength(MAX_SEND_ATTEMPTS);
    expect((await outbox(http)).map((i) => i.key)).not.toContain(key);
    errors.mockRestore();
  });
});
