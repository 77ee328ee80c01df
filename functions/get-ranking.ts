/** GET /editions/{editionId}/rankings/{round} — API Gateway HTTP API (payload 2.0). The secretariat
 * and the jury read a computed ranking, each row with its breakdown; `?category=` narrows it. As CSV
 * (one row per entry, the breakdown's figures as columns, why a row is left out worded in the
 * reader's language beside the stored English reason) with `Accept: text/csv` or `?format=csv`. */
import { findRankingHeader, rankingView } from '#shared/data/rankings';
import { notFound } from '#shared/errors';
import { msg, renderMessage, type Message } from '#shared/messages/catalogue';
import { requestLanguage, type Language } from '#shared/messages/language';
import { csvReply, wantsCsv } from '#shared/http/csv';
import { httpHandler } from '#shared/http/handler';
import { getRanking as contract } from '#shared/contracts/ranking.contract';
import { RankingRound } from '#shared/schemas/ranking.schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- either round's breakdown, read field by field into CSV columns
type Row = Record<string, unknown> & { breakdown: Record<string, any> };

const COLUMNS = {
  nomination: ['category', 'rank', 'nominated', 'innovationId', 'title', 'institutionId', 'score', 'rawMean', 'judges', 'trimmed', 'kemanfaatanMean', 'medianRaw', 'tie', 'reason', 'why'],
  final: ['category', 'rank', 'place', 'innovationId', 'title', 'institutionId', 'score', 'assessment', 'verificationResult', 'verificationScore', 'presentation', 'tie', 'reason', 'why'],
};

const flatten = (round: RankingRound, category: string, { breakdown: b, why, ...row }: Row, language: Language): Record<string, unknown> => {
  const base = { category, ...row, why: why && renderMessage(why as Message, language) };
  return round === 'nomination'
    ? { ...base, rawMean: b.rawMean, judges: b.judges.length, trimmed: b.trimmed, kemanfaatanMean: b.kemanfaatanMean, medianRaw: b.medianRaw }
    : { ...base, assessment: b.assessment, verificationResult: b.verification?.result, verificationScore: b.verification?.score, presentation: b.presentation };
};

export const handler = httpHandler(contract, async ({ path, query, headers }) => {
  const header = await findRankingHeader(path.editionId, path.round);
  if (!header) throw notFound(msg('RANKING_NOT_FOUND', { round: path.round, editionId: path.editionId }));
  const view = await rankingView(header, query.category);
  if (!wantsCsv(headers, query.format)) return { body: view };
  const rows = Object.entries(view.categories).flatMap(([category, list]) => (list as Row[]).map((r) => flatten(path.round, category, r, requestLanguage(headers))));
  return csvReply(`peringkat-${path.round}-${path.editionId}.csv`, COLUMNS[path.round], rows);
});
