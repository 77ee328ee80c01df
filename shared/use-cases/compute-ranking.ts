/** (handler | stage transition) --> compute ranking --> domain ranking + data. Reads the round's
 * inputs with a Query per category, counts only the scores of judges still on the entry's panel
 * without a conflict, ranks them with the pure rules, stores the result unless an identical one is
 * stored already, and moves the innovations' statuses to follow. Safe to re-run. */
import { createHash } from 'node:crypto';
import { findAssignments } from '#shared/data/assignments';
import { editionSubject } from '#shared/data/audit';
import { getEdition } from '#shared/data/editions';
import { getAll } from '#shared/data/dynamo';
import { innovationRef, innovationsOfCategory, setStatus } from '#shared/data/innovations';
import { findRankingHeader, saveRanking, storedReliability, topRankingRows, type RankingHeader, type StoredRow } from '#shared/data/rankings';
import { scoresOfRoundInEdition } from '#shared/data/scores';
import { verificationsOfEditionAll } from '#shared/data/verifications';
import { sitsOnPanel } from '#shared/domain/access';
import { rankFinal, rankNomination, type RankingOutcome } from '#shared/domain/ranking';
import type { FQuantile } from '#shared/domain/f-quantile';
import { DEFAULT_DISAGREEMENT_THRESHOLD } from '#shared/domain/reliability';
import { requireStage } from '#shared/domain/stage-rules';
import type { Stage } from '#shared/vocabulary/stages';
import { toWita } from '#shared/vocabulary/wita';
import { AppError, conflict } from '#shared/errors';
import { msg, type ActionKey } from '#shared/messages/catalogue';
import type { Edition } from '#shared/schemas/edition.schema';
import type { InnovationStatus, StoredInnovation } from '#shared/schemas/innovation.schema';
import type { Assignments, Score } from '#shared/schemas/judging.schema';
import type { FinalRow, NominationRow, RankingRound } from '#shared/schemas/ranking.schema';
import { notifyRanked } from './notify';

/** A round is ranked once its scoring window has closed, and no more once the winners are public. */
const RANKING_STAGES: Record<RankingRound, readonly Stage[]> = {
  nomination: ['NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION', 'WINNER_DETERMINATION'],
  final: ['WINNER_DETERMINATION'],
};

const RANKING_ACTION: Record<RankingRound, ActionKey> = { nomination: 'ACTION_COMPUTE_NOMINATION', final: 'ACTION_COMPUTE_FINAL' };

/** Entries the assessment considers: everything submitted, screened in or out. */
const ASSESSED: readonly InnovationStatus[] = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'NOMINATED', 'WINNER', 'DISQUALIFIED'];

interface StatusMove {
  id: string;
  status: InnovationStatus;
  from: readonly InnovationStatus[];
  extra?: Record<string, unknown>;
}

/** What the ranking reads of an innovation (a projection: thousands are read). */
const RANKED_FIELDS = ['id', 'category', 'institutionId', 'status', 'title', 'submittedAt', 'createdAt'] as const;
type Ranked = Pick<StoredInnovation, (typeof RANKED_FIELDS)[number]>;

interface Computed {
  outcome: RankingOutcome<NominationRow | FinalRow>;
  summary: RankingHeader['summary'];
  moves: StatusMove[];
  /** The innovations ranked, so each stored row can name what it ranks. */
  innovations: Map<string, Ranked>;
}

/** The F quantile of the judges' agreement interval, loaded where first needed: it brings jStat,
 * about 5 % of a function's start, and stage-transition ranks at two of the ~8,800 runs of an
 * edition, resolve-objection only for an upheld objection. The functions whose every request ranks
 * load it at start (functions/compute-ranking.ts). Only this is loaded late: loading the ranking
 * rules late would make the bundler wrap every module they share with the rest, which costs more. */
export const loadFQuantile = async (): Promise<FQuantile> => (await import('#shared/domain/f-quantile')).fQuantile;

const byCategory = async <T>(edition: Edition, read: (category: string) => Promise<T[]>): Promise<T[]> =>
  (await Promise.all(edition.categories.map(read))).flat();

/** The scores the ranking counts: those of judges still on the entry's panel without a conflict. */
const countedScores = (scores: Score[], innovations: Map<string, Ranked>, assignments: Assignments | undefined): Score[] =>
  scores.filter((s) => {
    const i = innovations.get(s.innovationId);
    return i !== undefined && sitsOnPanel(assignments, s.judgeId, i, 'jury');
  });

const groupScores = (scores: Score[]) => {
  const by = new Map<string, { judgeId: string; criteria: Record<string, number> }[]>();
  for (const s of scores) by.set(s.innovationId, [...(by.get(s.innovationId) ?? []), { judgeId: s.judgeId, criteria: s.criteria }]);
  return by;
};

/** The status move a ranking row asks for, if the innovation is not there already. */
const move = (i: Ranked, status: InnovationStatus, from: readonly InnovationStatus[], extra?: Record<string, unknown>): StatusMove[] =>
  i.status !== status && from.includes(i.status) ? [{ id: i.id, status, from, ...(extra ? { extra } : {}) }] : [];

const entrySummary = (i: Ranked) => ({ innovationId: i.id, title: i.title, ...(i.institutionId ? { institutionId: i.institutionId } : {}) });

const nomination = async (edition: Edition): Promise<Computed> => {
  // jStat loads (where it is not loaded yet) while the reads are in flight.
  const [innovations, scores, assignments, fQuantile] = await Promise.all([
    byCategory(edition, (c) => innovationsOfCategory(edition.id, c, RANKED_FIELDS)),
    byCategory(edition, (c) => scoresOfRoundInEdition(edition.id, 'assessment', c)),
    findAssignments(edition.id),
    loadFQuantile(),
  ]);
  const assessed = innovations.filter((i) => ASSESSED.includes(i.status));
  const byInnovation = new Map(assessed.map((i) => [i.id, i]));
  const scoresOf = groupScores(countedScores(scores, byInnovation, assignments));
  const outcome = rankNomination({
    entries: assessed.map((i) => ({ innovationId: i.id, category: i.category, eligible: i.status !== 'INELIGIBLE', ...(i.status === 'DISQUALIFIED' && { disqualified: true }), submittedAt: i.submittedAt ?? i.createdAt, scores: scoresOf.get(i.id) ?? [] })),
    rubric: edition.rubric.assessment,
    nominationsPerCategory: edition.nominationsPerCategory,
    minimumNominationScore: edition.minimumNominationScore ?? null,
    disagreementThreshold: edition.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD,
    fQuantile,
  });
  const summary: RankingHeader['summary'] = {};
  const moves: StatusMove[] = [];
  for (const [category, rows] of Object.entries(outcome.categories)) {
    summary[category] = rows.filter((r) => r.nominated).map((r) => entrySummary(byInnovation.get(r.innovationId)!));
    for (const r of rows) {
      const i = byInnovation.get(r.innovationId)!;
      moves.push(...(r.nominated ? move(i, 'NOMINATED', ['SUBMITTED', 'ELIGIBLE']) : move(i, 'ELIGIBLE', ['NOMINATED'])));
    }
  }
  return { outcome, summary, moves, innovations: byInnovation };
};

/** The final round reads only the nominees: the top rows of each category of the nomination (rows
 * are stored in rank order, and the header's summary says how many were nominated). */
const final = async (edition: Edition): Promise<Computed> => {
  const nominationHeader = await findRankingHeader(edition.id, 'nomination');
  if (!nominationHeader) throw conflict('NOMINATION_FIRST', msg('NOMINATION_FIRST'));
  const rows = (
    await Promise.all(
      Object.entries(nominationHeader.summary).map(([category, nominees]) => topRankingRows(nominationHeader, category, nominees.length, ['innovationId', 'nominated', 'score'])),
    )
  ).flat();
  const [found, verifications, scores, assignments, fQuantile] = await Promise.all([
    getAll(rows.map((r) => innovationRef(r.innovationId as string))),
    verificationsOfEditionAll(edition.id),
    byCategory(edition, (c) => scoresOfRoundInEdition(edition.id, 'presentation', c)),
    findAssignments(edition.id),
    loadFQuantile(),
  ]);
  const byInnovation = new Map(found.filter((i) => i !== undefined).map((i) => [i.id, i]));
  const verified = new Map(verifications.map((v) => [v.innovationId, { result: v.result, score: v.score }]));
  const scoresOf = groupScores(countedScores(scores, byInnovation, assignments));
  const nominees = rows.filter((r) => r.nominated && byInnovation.has(r.innovationId as string));
  const outcome = rankFinal({
    entries: nominees.map((r) => {
      const i = byInnovation.get(r.innovationId as string)!;
      return { innovationId: i.id, category: i.category, submittedAt: i.submittedAt ?? i.createdAt, assessment: r.score as number, verification: verified.get(i.id) ?? null, presentationScores: scoresOf.get(i.id) ?? [] };
    }),
    rubric: edition.rubric.presentation,
    weights: edition.finalWeights,
    disagreementThreshold: edition.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD,
    fQuantile,
  });
  const summary: RankingHeader['summary'] = {};
  const moves: StatusMove[] = [];
  for (const [category, rows] of Object.entries(outcome.categories)) {
    summary[category] = rows.filter((r) => r.place !== null).map((r) => ({ place: r.place!, ...entrySummary(byInnovation.get(r.innovationId)!) }));
    for (const r of rows) if (r.place !== null) moves.push(...move(byInnovation.get(r.innovationId)!, 'WINNER', ['NOMINATED'], { place: r.place }));
  }
  return { outcome, summary, moves, innovations: byInnovation };
};

/** The sha256 of `JSON.stringify({ categories, ties, reliability })`, fed to the hash one category
 * at a time: at 50k entries the whole ranking as one string is tens of MB of a function's memory. */
export const rankingDigest = (outcome: RankingOutcome<unknown>): string => {
  const hash = createHash('sha256').update('{"categories":{');
  const categories = Object.entries(outcome.categories).filter(([, rows]) => rows !== undefined);
  categories.forEach(([category, rows], i) => hash.update(`${i ? ',' : ''}${JSON.stringify(category)}:${JSON.stringify(rows)}`));
  return hash.update(`},"ties":${JSON.stringify(outcome.ties)},"reliability":${JSON.stringify(outcome.reliability)}}`).digest('hex');
};

const rowsOf = (computed: Computed, category: string) => computed.outcome.categories[category as keyof Computed['outcome']['categories']] ?? [];

/** The rows to store, each with what it ranks, made one at a time as they are written. */
function* storedRows(edition: Edition, computed: Computed): Generator<StoredRow> {
  for (const category of edition.categories)
    for (const row of rowsOf(computed, category)) {
      const { title, institutionId } = computed.innovations.get(row.innovationId)!;
      yield { category, title, ...(institutionId ? { institutionId } : {}), ...row };
    }
}

const rowCountOf = (edition: Edition, computed: Computed): number =>
  edition.categories.reduce((n, category) => n + rowsOf(computed, category).length, 0);

export interface RankingRun {
  header: RankingHeader;
  changed: boolean;
}

export const computeRanking = async (editionId: string, round: RankingRound, who: string, now: Date): Promise<RankingRun> =>
  rankEdition(await getEdition(editionId), round, who, now);

/** computeRanking for an edition the caller has read already (a stage boundary). */
export const rankEdition = async (edition: Edition, round: RankingRound, who: string, now: Date, afterObjection = false): Promise<RankingRun> => {
  const editionId = edition.id;
  const stage = requireStage(edition, now, RANKING_STAGES[round], RANKING_ACTION[round]);
  const stored = findRankingHeader(editionId, round);
  // Once its window has passed the nomination is final: nominees are being verified and heard, so a
  // later run answers the stored ranking instead of recomputing it (a missed boundary still computes it).
  // An upheld objection is the exception: the disqualified nominee leaves and the next entry moves up,
  // by the same rules over the same scores.
  if (round === 'nomination' && stage !== 'NOMINATION' && !afterObjection) {
    const header = await stored;
    if (header) {
      // A boundary run cut short before it told the nominees, retried late, still tells them (once).
      await notifyRanked(header, now);
      return { header, changed: false };
    }
  }
  const [previous, computed] = await Promise.all([stored, round === 'nomination' ? nomination(edition) : final(edition)]);
  const digest = rankingDigest(computed.outcome);
  let header = previous;
  let changed = previous?.digest !== digest;
  if (changed) {
    const rowCount = rowCountOf(edition, computed);
    header = {
      editionId,
      round,
      computedAt: toWita(now),
      computedBy: who,
      ties: computed.outcome.ties,
      reliability: storedReliability(computed.outcome.reliability),
      digest,
      rowCount,
      summary: computed.summary,
      version: (previous?.version ?? 0) + 1,
    };
    try {
      await saveRanking(header, storedRows(edition, computed), previous, {
        subject: editionSubject(editionId),
        at: toWita(now),
        who,
        action: round === 'nomination' ? 'RANKING_NOMINATION' : 'RANKING_FINAL',
        before: previous ? { digest: previous.digest, computedAt: previous.computedAt, rowCount: previous.rowCount } : null,
        after: { digest, rowCount, ties: computed.outcome.ties },
      });
    } catch (err) {
      // Two runs at once (the stage boundary and the secretariat): when the other one stored this very
      // ranking first, it is this run's answer too — idempotent, not a conflict.
      const stored = err instanceof AppError && err.code === 'RANKING_IN_PROGRESS' ? await findRankingHeader(editionId, round) : undefined;
      if (stored?.digest !== digest) throw err;
      header = stored;
      changed = false;
    }
  }
  // Statuses follow even when the stored ranking was already right (a crash may have cut them short).
  const at = toWita(now);
  await Promise.all(computed.moves.map((m) => setStatus(m.id, m.status, m.from, at, m.extra)));
  // Nominees hear it from the nomination (public from then on); winners only at the announcement.
  if (round === 'nomination') await notifyRanked(header!, now);
  return { header: header!, changed };
};

/** A round may be previewed while it is being scored, and after. */
const PREVIEW_STAGES: Record<RankingRound, readonly Stage[]> = {
  nomination: ['ASSESSMENT', ...RANKING_STAGES.nomination],
  final: ['PRESENTATION', 'WINNER_DETERMINATION'],
};

/** The ranking a round would have now, computed from the stored scores and stored nowhere, for the
 * secretariat to see where judges disagree (and add a judge) while the round is still open. Nothing
 * is written: no ranking, no status, no audit record. */
export const previewRanking = async (editionId: string, round: RankingRound, now: Date) => {
  const edition = await getEdition(editionId);
  requireStage(edition, now, PREVIEW_STAGES[round], RANKING_ACTION[round]);
  const computed = round === 'nomination' ? await nomination(edition) : await final(edition);
  const categories: Record<string, unknown[]> = {};
  for (const category of edition.categories)
    for (const row of rowsOf(computed, category)) {
      const { title, institutionId } = computed.innovations.get(row.innovationId)!;
      (categories[category] ??= []).push({ ...row, title, ...(institutionId ? { institutionId } : {}) });
    }
  return { editionId, round, computedAt: toWita(now), preview: true as const, ties: computed.outcome.ties, reliability: computed.outcome.reliability, categories };
};
