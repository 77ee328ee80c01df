/** GET /editions/{editionId}/export/iid — API Gateway HTTP API (payload 2.0). The secretariat
 * carries the edition's entries to the provincial and national rounds: every submitted entry (or,
 * with `?winners=true`, the winners with their place) in the national field set (Kemendagri's
 * Indeks Inovasi Daerah / KIPP), as JSON or, with `Accept: text/csv` or `?format=csv`, CSV. Reads
 * the edition's entries by category on GSI1. */
import { getEdition } from '#shared/data/editions';
import { innovationsOfCategory } from '#shared/data/innovations';
import { csvReply, wantsCsv } from '#shared/http/csv';
import { httpHandler } from '#shared/http/handler';
import { exportIid as contract } from '#shared/contracts/export.contract';
import { NATIONAL_FIELDS, type InnovationStatus, type StoredInnovation } from '#shared/schemas/innovation.schema';

const ENTERED: readonly InnovationStatus[] = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'NOMINATED', 'WINNER', 'DISQUALIFIED'];

/** The columns: who and what, the national field set, then the description the brief's form has. */
const FIELDS = [
  'id', 'editionId', 'category', 'title', 'institutionId', 'affiliation', 'status', 'place',
  ...NATIONAL_FIELDS,
  'innovationStage', 'innovationType', 'startedOn', 'summary', 'problem', 'solution', 'impact',
  'contactName', 'contactEmail', 'contactPhone', 'submittedAt',
] as const;

const row = (i: StoredInnovation & { place?: number }): Record<string, unknown> => {
  const flat: Record<string, unknown> = { ...i, contactName: i.contact.name, contactEmail: i.contact.email, contactPhone: i.contact.phone };
  return Object.fromEntries(FIELDS.map((f) => [f, flat[f] ?? null]));
};

export const handler = httpHandler(contract, async ({ path, query, headers }) => {
  const edition = await getEdition(path.editionId);
  const winnersOnly = query.winners === 'true';
  const all = (await Promise.all(edition.categories.map((c) => innovationsOfCategory(edition.id, c)))).flat();
  const items = all
    .filter((i) => (winnersOnly ? i.status === 'WINNER' : ENTERED.includes(i.status)))
    .map((i) => row(i as StoredInnovation & { place?: number }));
  if (wantsCsv(headers, query.format)) return csvReply(`iid-${edition.id}${winnersOnly ? '-pemenang' : ''}.csv`, [...FIELDS], items);
  return { body: { editionId: edition.id, winnersOnly, fields: [...FIELDS], items } };
});
