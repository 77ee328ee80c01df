/** GET /editions/{editionId}/results — API Gateway HTTP API (payload 2.0). Public from the
 * nomination: the nominees per category (winners once ANNOUNCED), each nominee with how many
 * objections were filed and how they ended — never who filed them — and the nominees disqualified
 * by an upheld objection. No judge's identity or score. */
import { editionRef, requireEdition } from '#shared/data/editions';
import { objectionsOfEditionAll } from '#shared/data/objections';
import { rankingHeaderRef } from '#shared/data/rankings';
import { getAll } from '#shared/data/dynamo';
import { objectionSummaries } from '#shared/domain/objections';
import { requireStage } from '#shared/domain/stage-rules';
import { httpHandler } from '#shared/http/handler';
import { getResults as contract } from '#shared/contracts/ranking.contract';

const NO_OBJECTIONS = { filed: 0, open: 0, upheld: 0, rejected: 0 };

export const handler = httpHandler(contract, async ({ path, now }) => {
  const [[found, nomination, final], objections] = await Promise.all([
    getAll([editionRef(path.editionId), rankingHeaderRef(path.editionId, 'nomination'), rankingHeaderRef(path.editionId, 'final')] as const),
    objectionsOfEditionAll(path.editionId, ['innovationId', 'status', 'category', 'title']),
  ]);
  const edition = requireEdition(found, path.editionId);
  const stage = requireStage(edition, now, ['NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION', 'WINNER_DETERMINATION', 'ANNOUNCED'], 'ACTION_READ_RESULTS');
  const counts = objectionSummaries(objections);
  const nominees = Object.fromEntries(
    Object.entries(nomination?.summary ?? {}).map(([category, list]) => [category, list.map((n) => ({ ...n, objections: counts.get(n.innovationId) ?? NO_OBJECTIONS }))]),
  );
  const nominated = new Set(Object.values(nomination?.summary ?? {}).flat().map((n) => n.innovationId));
  // Nominees who left after an upheld objection, named by the title the objection was filed against.
  const disqualified: Record<string, { innovationId: string; title?: string; objections: typeof NO_OBJECTIONS }[]> = {};
  for (const o of objections)
    if (o.status === 'UPHELD' && !nominated.has(o.innovationId) && !(disqualified[o.category] ?? []).some((d) => d.innovationId === o.innovationId))
      (disqualified[o.category] ??= []).push({ innovationId: o.innovationId, title: o.title, objections: counts.get(o.innovationId)! });
  return { body: { editionId: edition.id, announcedAt: edition.announcedAt, nominees, disqualified, winners: stage === 'ANNOUNCED' ? (final?.summary ?? {}) : {} } };
});
