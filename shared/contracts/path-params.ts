/** The path parameters routes share. */
import * as z from 'zod/mini';
import { defineSchema, Slug, SystemId } from '#shared/schemas/common.schema';
import { RoundName } from '#shared/schemas/edition.schema';
import { RankingRound } from '#shared/schemas/ranking.schema';

export const EditionPath = /* @__PURE__ */ defineSchema(() => z.object({ editionId: Slug }));
export const InnovationPath = /* @__PURE__ */ defineSchema(() => z.object({ id: SystemId }));
export const DocumentPath = /* @__PURE__ */ defineSchema(() => z.object({ id: SystemId, documentId: SystemId }));
export const EvidencePath = /* @__PURE__ */ defineSchema(() => z.object({ id: SystemId, evidenceId: SystemId }));
export const ScoreRoundPath = /* @__PURE__ */ defineSchema(() => z.object({ id: SystemId, round: RoundName }));
export const RankingRoundPath = /* @__PURE__ */ defineSchema(() => z.object({ editionId: Slug, round: RankingRound }));
/** `?format=csv` asks for CSV as `Accept: text/csv` does. */
export const ExportFormat = /* @__PURE__ */ defineSchema(() => z.optional(z.enum(['json', 'csv'])));
