/** What each route answers on success, declared once from the wire schemas: the OpenAPI description
 * is generated from these and from the handlers' own request schemas (`scripts/openapi.ts`), and a
 * test fails if a route of the table has no entry here. */
import * as z from 'zod/mini';
import { IsoInstant, ListOf } from '../schemas/common.schema';
import { EditionView, StageName } from '../schemas/edition.schema';
import { ComplianceReport, Institution } from '../schemas/institution.schema';
import { DocumentUpload, Innovation } from '../schemas/innovation.schema';
import { Assignments, AuditRecord, Score, Verification } from '../schemas/judging.schema';
import { Ranking, Results } from '../schemas/ranking.schema';
import type { RouteId } from './routes';

const Health = z.object({ status: z.literal('ok'), now: IsoInstant });
const ScheduleChanges = z.object({
  created: z.array(z.string()),
  removed: z.array(z.string()),
  failed: z.array(z.object({ boundary: StageName, action: z.enum(['create', 'remove']), error: z.string() })),
});
const EditionWithSchedules = z.extend(EditionView, { schedules: ScheduleChanges });
const RankingView = z.intersection(Ranking, z.object({ computedBy: z.string() }));

export interface RouteResponse {
  /** Success statuses (the first is the usual one). */
  statuses: readonly number[];
  schema: z.core.$ZodType;
  /** Also answers text/csv on `Accept: text/csv` or `?format=csv`. */
  csv?: boolean;
}

/** `satisfies`, not a type annotation: the web app's client infers each route's answer from it. */
export const ROUTE_RESPONSES = {
  health: { statuses: [200], schema: Health },
  getEdition: { statuses: [200], schema: EditionView },
  putEdition: { statuses: [201, 200], schema: EditionWithSchedules },
  putCalendar: { statuses: [200], schema: EditionWithSchedules },
  registerInnovation: { statuses: [201], schema: Innovation },
  listInnovations: { statuses: [200], schema: ListOf(Innovation) },
  getInnovation: { statuses: [200], schema: Innovation },
  updateInnovation: { statuses: [200], schema: Innovation },
  requestDocumentUpload: { statuses: [201], schema: DocumentUpload },
  submitInnovation: { statuses: [200], schema: Innovation },
  listInstitutions: { statuses: [200], schema: ListOf(Institution) },
  putInstitution: { statuses: [201, 200], schema: Institution },
  getCompliance: { statuses: [200], schema: ComplianceReport, csv: true },
  putAssignments: { statuses: [200], schema: Assignments },
  getAssignments: { statuses: [200], schema: Assignments },
  putEligibility: { statuses: [200], schema: Innovation },
  putScore: { statuses: [201, 200], schema: Score },
  getScores: { statuses: [200], schema: ListOf(Score) },
  requestEvidenceUpload: { statuses: [201], schema: DocumentUpload },
  putVerification: { statuses: [201, 200], schema: Verification },
  computeRanking: { statuses: [201, 200], schema: z.intersection(RankingView, z.object({ changed: z.boolean() })) },
  getRanking: { statuses: [200], schema: RankingView, csv: true },
  announce: { statuses: [200], schema: EditionView },
  getResults: { statuses: [200], schema: z.extend(Results, { announcedAt: z.nullable(IsoInstant) }) },
  getInnovationAudit: { statuses: [200], schema: ListOf(AuditRecord) },
  getEditionAudit: { statuses: [200], schema: ListOf(AuditRecord) },
} satisfies Record<RouteId, RouteResponse>;
