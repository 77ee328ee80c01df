/** The demo: a whole seed edition played through the HTTP API only — institutions and personal
 * entrants register and submit, the secretariat screens and assigns a jury with a harsh and a lenient
 * judge, the jury scores, verifiers visit, the finalists present — while the clock moves the stages.
 * On the way: the screening rules flag a re-entered title and an innovation too young for its stage,
 * the judges' agreement is shown per category (ICC with its interval and band), and a public
 * objection is upheld against a nominee. Ends with the winners per category and the compliance
 * report. (The seed edition has no objection window; the demo turns one on while it is UPCOMING.) */
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { SAMPLE_PDF, uploadWithPresignedPost } from '#scripts/samples';

type Say = (line: string) => void;

interface Entrant {
  who: string;
  title: string;
  category: string;
  institutionId?: string;
  affiliation?: string;
  /** How good it is, 1–5: what an impartial judge would give. */
  quality: number;
  /** The field visit finds the claims did not hold. */
  failsVerification?: boolean;
  /** A citizen objects to it once nominated, and the objection is upheld. */
  objectedTo?: boolean;
  /** Who signs in, for a personal entrant who is the sign-in page's sample (`peserta-<who>` otherwise). */
  sub?: string;
  /** Started later than the default (a PENERAPAN needs 12 months by the registration close). */
  startedOn?: string;
}

const ENTRANTS: Entrant[] = [
  { who: 'brida', title: 'SIDARLING: Sistem Data Riset Lingkungan', category: 'OPD', institutionId: 'opd-brida', quality: 4.6 },
  { who: 'diskominfo', title: 'Kukar Satu Data Terpadu', category: 'OPD', institutionId: 'opd-diskominfo', quality: 4.2 },
  { who: 'dinkes', title: 'Posyandu Digital Terintegrasi', category: 'OPD', institutionId: 'opd-dinkes', quality: 3.8 },
  { who: 'disdikbud', title: 'Rapor Daring Sekolah Pedalaman', category: 'OPD', institutionId: 'opd-disdikbud', quality: 3.4, failsVerification: true },
  { who: 'parikesit', title: 'Antrean Poli Tanpa Kertas', category: 'RSUD', institutionId: 'rsud-parikesit', quality: 4.4 },
  { who: 'dayaku', title: 'Rujukan Cepat Ibu Hamil', category: 'RSUD', institutionId: 'rsud-dayaku-raja', quality: 3.9 },
  { who: 'pkm-tgr', title: 'Jemput Bola Imunisasi Desa', category: 'PUSKESMAS', institutionId: 'pkm-tenggarong', quality: 4.1 },
  { who: 'pkm-lk', title: 'Kelas Gizi Balita Keliling', category: 'PUSKESMAS', institutionId: 'pkm-loa-kulu', quality: 3.6 },
  { who: 'guru-sari', sub: 'peserta-perorangan', title: 'Belajar Pecahan dengan Anyaman Dayak', category: 'GURU', affiliation: 'SDN 012 Tenggarong', quality: 4.3 },
  { who: 'guru-budi', title: 'Laboratorium Sains dari Barang Bekas', category: 'GURU', affiliation: 'SMPN 1 Loa Kulu', quality: 4.0 },
  { who: 'guru-rina', title: 'Podcast Bahasa Kutai untuk Kelas', category: 'GURU', affiliation: 'SMAN 1 Tenggarong', quality: 3.5 },
  { who: 'pemuda-andi', title: 'Bank Sampah Anak Muda Mahakam', category: 'PEMUDA', affiliation: 'Karang Taruna Loa Ipuh', quality: 4.5 },
  { who: 'siswa-nur', title: 'Kantin Sekolah Tanpa Plastik', category: 'SISWA', affiliation: 'SMAN 2 Tenggarong', quality: 4.0 },
  { who: 'siswa-eko', title: 'Aplikasi Absensi Sidik Jari Siswa', category: 'SISWA', affiliation: 'SMKN 1 Tenggarong', quality: 3.3, objectedTo: true },
  { who: 'pemuda-dewi', title: 'Peta Wisata Desa Berbasis Komunitas', category: 'PEMUDA', affiliation: 'Komunitas Jelajah Kukar', quality: 3.7, startedOn: '2023-02-01' },
];

/** The neutral judge and the verifier are the sample staff of the web app's development sign-in, and
 * institutions enter as its sample participants, so `npm run demo -- --serve` shows their pages full. */
const JUDGES = [
  { id: 'juri-ketat', severity: -0.8, spread: 1.2 },
  { id: 'juri-murah', severity: +0.7, spread: 0.6 },
  { id: 'juri-1', severity: 0, spread: 1 },
];
const VERIFIER = 'verifikator-1';
/** The criteria each round's scores must name: the seed edition's rubric. */
const ASSESSMENT = seedEdition.rubric.assessment.map((c) => c.key);
const PRESENTATION = seedEdition.rubric.presentation.map((c) => c.key);

const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x * 2) / 2));

export interface DemoResult {
  winners: Record<string, { place: number; innovationId: string; title: string }[]>;
  compliance: { total: number; compliant: number };
  /** Screening flags found at the close of registration, by entry title. */
  flagged: Record<string, string[]>;
  disqualified: string[];
}

interface Estimate {
  icc: number;
  lower: number | null;
  upper: number | null;
  band: string;
}
const estimate = (e: Estimate | null) => (e === null ? 'n/a' : `${e.icc.toFixed(2)} [${e.lower?.toFixed(2) ?? '–'}, ${e.upper?.toFixed(2) ?? '–'}] ${e.band}`);

/** `afterClock` runs each time the clock has moved (its label and the stage now), before the edition
 * goes on: a test looks at the pages in between. */
export const playEdition = async (baseUrl: string, say: Say = console.log, afterClock: (what: string, stage: string) => Promise<void> = async () => undefined): Promise<DemoResult> => {
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => undefined)) as any;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json?.error ?? json)}`);
    return json;
  };
  const token = async (sub: string, groups: string[], institutionId?: string): Promise<string> =>
    (await call('POST', '/_local/token', undefined, { sub, groups, ...(institutionId ? { institutionId } : {}) })).token;
  const clock = async (now: string, what: string) => {
    const { fired } = await call('POST', '/_local/clock', undefined, { now });
    const stage = (await call('GET', `/editions/${SEED_EDITION_ID}`)).currentStage;
    say(`\n⏱  ${now}  ${stage.padEnd(21)} ${what}`);
    for (const f of fired as { boundary: string }[]) say(`   ↳ boundary ${f.boundary} done`);
    await afterClock(what, stage);
  };

  const admin = await token('sekretariat-brida', ['admin']);
  const judges = await Promise.all(JUDGES.map((j) => token(j.id, ['jury'])));
  const verifier = await token(VERIFIER, ['verifier']);
  const ids = new Map<Entrant, string>();

  // The seed edition has no objection window; this demo's copy of it gets the brief's 5 days.
  await call('PUT', `/editions/${SEED_EDITION_ID}`, admin, { ...seedEdition, objectionWindow: { days: 5 } });
  say('   the secretariat turns on a 5-day objection window (masa sanggah) from the nomination');

  await clock('2023-10-11T08:00:00+08:00', 'registration opens');
  const register = async (e: Entrant) => {
    const t = await token(e.institutionId ? `peserta-${e.institutionId}` : (e.sub ?? `peserta-${e.who}`), ['participant'], e.institutionId);
    const created = await call('POST', `/editions/${SEED_EDITION_ID}/innovations`, t, {
      title: e.title,
      category: e.category,
      ...(e.institutionId ? { institutionId: e.institutionId } : { affiliation: e.affiliation }),
      summary: `${e.title}: inovasi pelayanan publik di Kutai Kartanegara.`,
      problem: 'Layanan lambat dan jauh dari warga.',
      solution: 'Layanan didekatkan dengan cara baru.',
      impact: 'Waktu dan biaya warga turun nyata.',
      innovationStage: 'PENERAPAN',
      innovationType: 'DIGITAL',
      startedOn: e.startedOn ?? '2022-06-01',
      contact: { name: `Kontak ${e.who}`, email: `${e.who}@contoh.kukarkab.go.id`, phone: '+62 811 5000 1234' },
    });
    const doc = await call('POST', `/innovations/${created.id}/documents`, t, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
    const uploaded = await uploadWithPresignedPost(doc.upload, SAMPLE_PDF, 'application/pdf');
    if (!uploaded.ok) throw new Error(`upload → ${uploaded.status}`);
    await call('POST', `/innovations/${created.id}/submit`, t);
    return created.id as string;
  };
  for (const e of ENTRANTS) ids.set(e, await register(e));
  // Dinas Kesehatan enters its innovation a second time, the title barely changed.
  const reentry = await register({ who: 'dinkes', title: 'POSYANDU Digital Terintegrasi!', category: 'OPD', institutionId: 'opd-dinkes', quality: 3.8 });
  say(`   ${ENTRANTS.length + 1} innovations registered, proposals uploaded to S3, submitted`);

  await clock('2023-10-16T09:00:00+08:00', 'screening; the rules have flagged entries; the panel is assigned');
  const flaggedItems = (await call('GET', `/editions/${SEED_EDITION_ID}/innovations?flag=ANY&limit=100`, admin)).items as { id: string; title: string; screeningFlags: { code: string; reason: string }[] }[];
  const flagged: DemoResult['flagged'] = {};
  for (const i of flaggedItems) {
    flagged[i.title] = i.screeningFlags.map((f) => f.code);
    for (const f of i.screeningFlags) say(`   ⚑ ${i.title}: ${f.code} — ${f.reason}`);
  }
  await call('PUT', `/innovations/${reentry}/eligibility`, admin, { eligible: false, reason: 'Entri ganda dari inovasi yang sama (Posyandu Digital Terintegrasi).' });
  say('   the secretariat screens out the re-entered title (audited); the young innovation is kept: the rule flags, people decide');
  const categories = [...new Set(ENTRANTS.map((e) => e.category))];
  await call('PUT', `/editions/${SEED_EDITION_ID}/assignments`, admin, {
    assignments: [...JUDGES.map((j) => ({ userId: j.id, role: 'jury', categories })), { userId: VERIFIER, role: 'verifier', categories }],
    conflicts: [{ userId: 'juri-1', institutionIds: ['opd-diskominfo'] }],
  });
  say(`   jury: ${JUDGES.map((j) => j.id).join(', ')} (juri-1 declared a conflict with Diskominfo)`);

  await clock('2023-11-02T09:00:00+08:00', 'desk assessment');
  let scored = 0;
  for (const e of ENTRANTS)
    for (const [i, j] of JUDGES.entries()) {
      if (j.id === 'juri-1' && e.institutionId === 'opd-diskominfo') continue;
      const value = clamp(3 + (e.quality - 3.5) * j.spread + j.severity);
      await call('PUT', `/innovations/${ids.get(e)}/scores/assessment`, judges[i], { criteria: Object.fromEntries(ASSESSMENT.map((k) => [k, value])) });
      scored++;
    }
  say(`   ${scored} assessment scores (a harsh and a lenient judge among them)`);
  const preview = await call('GET', `/editions/${SEED_EDITION_ID}/rankings/nomination/preview`, admin);
  const disagreements = Object.values(preview.reliability as Record<string, { disagreements: unknown[] }>).reduce((n, r) => n + r.disagreements.length, 0);
  say(`   preview while the round is open: ${disagreements} entr${disagreements === 1 ? 'y' : 'ies'} whose judges' totals spread over 25 points (a judge could be added)`);

  await clock('2023-11-20T12:00:00+08:00', 'nominations computed by the boundary');
  const nomination = await call('GET', `/editions/${SEED_EDITION_ID}/rankings/nomination`, admin);
  for (const [code, rows] of Object.entries(nomination.categories as Record<string, { rank: number; score: number; breakdown: { rawMean: number } }[]>))
    say(`   ${code.padEnd(10)} ${rows.map((r) => (r.rank === null ? '—' : `#${r.rank} ${r.score?.toFixed(1)} (raw ${r.breakdown.rawMean?.toFixed(1)})`)).join('  ')}`);
  say('   judges\' agreement (ICC(2,1) one judge · ICC(2,k) their mean, 95 % interval, Koo & Li band):');
  for (const [code, r] of Object.entries(nomination.reliability as Record<string, { judges: string[]; entries: number; single: Estimate | null; average: Estimate | null; reason?: string }>))
    say(`   ${code.padEnd(10)} ${r.entries} entries × ${r.judges.length} judges: ICC(2,1) ${estimate(r.single)} · ICC(2,k) ${estimate(r.average)}${r.reason ? ` (${r.reason})` : ''}`);

  // Masa sanggah: a citizen objects to a nominee; the secretariat upholds it.
  const citizen = await token('warga-tenggarong', ['participant']);
  const disqualified: string[] = [];
  for (const e of ENTRANTS.filter((x) => x.objectedTo)) {
    const filed = await call('POST', `/innovations/${ids.get(e)}/objections`, citizen, {
      reason: 'Aplikasi ini dibeli dari penyedia, bukan karya siswa yang mendaftarkannya.',
      evidence: { kind: 'PHOTO', fileName: 'foto-sekolah.jpg', contentType: 'image/jpeg', size: 2048 },
    });
    say(`   ✉ objection to "${e.title}" filed by a signed-in citizen (evidence uploaded through a presigned POST)`);
    await call('PUT', `/innovations/${ids.get(e)}/objections/${filed.objection.objectionId}`, admin, { outcome: 'UPHELD', reason: 'Terbukti: aplikasi adalah produk penyedia komersial.' });
    disqualified.push(e.title);
    say(`   ✔ objection upheld (audited): "${e.title}" is disqualified; the nomination is ranked again without it`);
  }
  const publicView = await call('GET', `/editions/${SEED_EDITION_ID}/results`);
  for (const e of ENTRANTS.filter((x) => x.objectedTo)) {
    const listed = Object.values(publicView.disqualified as Record<string, { innovationId: string; objections: { filed: number; upheld: number } }[]>).flat().find((d) => d.innovationId === ids.get(e));
    say(`   public results now: ${e.category} nominees ${(publicView.nominees[e.category] as { title: string }[]).map((n) => n.title).join(', ')}; "${e.title}" disqualified (${listed?.objections.filed} objection filed, ${listed?.objections.upheld} upheld; the objector is never shown)`);
  }

  await clock('2023-11-21T08:00:00+08:00', 'field verification');
  for (const e of ENTRANTS.filter((x) => !x.objectedTo)) {
    const failed = Boolean(e.failsVerification);
    await call('PUT', `/innovations/${ids.get(e)}/verification`, verifier, {
      result: failed ? 'NOT_VERIFIED' : 'VERIFIED',
      score: failed ? 20 : Math.round(e.quality * 19),
      findings: failed ? 'Aplikasi belum dipakai di sekolah yang disebut.' : 'Klaim terbukti di lapangan.',
    });
  }
  say(`   ${ENTRANTS.length - disqualified.length} nominees visited; ${ENTRANTS.filter((e) => e.failsVerification).length} not verified`);

  await clock('2023-11-28T09:00:00+08:00', 'presentations');
  for (const e of ENTRANTS.filter((x) => !x.failsVerification && !x.objectedTo))
    for (const [i, j] of JUDGES.entries()) {
      if (j.id === 'juri-1' && e.institutionId === 'opd-diskominfo') continue;
      const value = clamp(e.quality + (j.severity > 0 ? 0.5 : 0));
      await call('PUT', `/innovations/${ids.get(e)}/scores/presentation`, judges[i], { criteria: Object.fromEntries(PRESENTATION.map((k) => [k, value])) });
    }

  await clock('2023-12-09T00:00:00+08:00', 'final ranking computed by the boundary');
  await call('POST', `/editions/${SEED_EDITION_ID}/announcement`, admin);
  await clock('2023-12-09T10:00:00+08:00', 'winners announced');

  const results = await call('GET', `/editions/${SEED_EDITION_ID}/results`);
  say('\n🏆 Winners');
  for (const [code, winners] of Object.entries(results.winners as DemoResult['winners'])) {
    say(`   ${code}`);
    for (const w of winners) say(`     ${w.place}. ${w.title}`);
  }
  const compliance = await call('GET', `/editions/${SEED_EDITION_ID}/compliance`, admin);
  say(`\n📋 Satu Instansi Satu Inovasi: ${compliance.compliant} of ${compliance.total} institutions submitted`);
  for (const row of compliance.institutions as { name: string; submitted: number }[]) say(`   ${row.submitted > 0 ? '✓' : '✗'} ${row.name} (${row.submitted})`);
  return { winners: results.winners, compliance, flagged, disqualified };
};
