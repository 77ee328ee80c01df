/** GET /editions/{editionId}/innovations — API Gateway HTTP API (payload 2.0). The secretariat lists
 * every innovation of an edition (paged); judges and verifiers the entries of their categories
 * (verifiers: nominees only), without those of institutions they declared a conflict with; a
 * participant their own. Filters: category, status, and for the secretariat `flag` (a screening
 * flag code or ANY). */
import { assignmentsRef } from '#shared/data/assignments';
import { getAll } from '#shared/data/dynamo';
import { editionRef, getEdition, requireEdition } from '#shared/data/editions';
import { innovationsOfCategory, listInnovationsOfEdition, listInnovationsOfOwner, type InnovationPage } from '#shared/data/innovations';
import { isAdmin, isConflicted, panelCategories } from '#shared/domain/access';
import { innovationView } from '#shared/domain/innovation-rules';
import { forbidden } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { requestLanguage, type Language } from '#shared/messages/language';
import { httpHandler } from '#shared/http/handler';
import { listInnovations as contract } from '#shared/contracts/innovation.contract';
import { type InnovationStatus } from '#shared/schemas/innovation.schema';

/** What a panel member may see of their categories. */
const PANEL_VISIBLE: Record<'jury' | 'verifier', readonly InnovationStatus[]> = {
  jury: ['SUBMITTED', 'ELIGIBLE', 'NOMINATED', 'WINNER'],
  verifier: ['NOMINATED', 'WINNER'],
};

export const handler = httpHandler(contract, async ({ path, query, caller, headers }) => {
  // An unknown edition is a 404, not an empty list: it is read alongside the list, not before it.
  const withEdition = async <T>(read: Promise<T>): Promise<T> => (await Promise.all([getEdition(path.editionId), read]))[1];
  // The secretariat's list is the screening queue: each entry with its flags, `?flag=` narrows it.
  if (isAdmin(caller)) return { body: page(await withEdition(listInnovationsOfEdition(path.editionId, query)), requestLanguage(headers)) };
  if (caller.groups.includes('jury') || caller.groups.includes('verifier')) {
    const [edition, assignments] = await getAll([editionRef(path.editionId), assignmentsRef(path.editionId)] as const);
    requireEdition(edition, path.editionId);
    const mine = panelCategories(assignments, caller);
    if (query.category && !mine.includes(query.category)) throw forbidden(msg('NOT_ASSIGNED_TO_CATEGORY', { category: query.category }));
    const visible = new Set((['jury', 'verifier'] as const).filter((r) => caller.groups.includes(r)).flatMap((r) => PANEL_VISIBLE[r]));
    const lists = await Promise.all((query.category ? [query.category] : mine).map((c) => innovationsOfCategory(path.editionId, c)));
    const items = lists
      .flat()
      .filter((i) => visible.has(i.status) && (!query.status || i.status === query.status) && !isConflicted(assignments, caller.userId, i.institutionId));
    return { body: { items: items.map((i) => innovationView(i)) } };
  }
  if (caller.groups.includes('participant')) return { body: page(await withEdition(listInnovationsOfOwner(caller.userId, path.editionId, { ...query, flag: undefined }))) };
  throw forbidden(msg('LIST_FORBIDDEN'));
});

const page = (p: InnovationPage, flagsIn?: Language) => ({ ...p, items: p.items.map((i) => innovationView(i, flagsIn)) });
