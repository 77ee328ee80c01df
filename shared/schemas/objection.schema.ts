import * as z from 'zod/mini';
import { defineSchema, IsoInstant, Slug, SystemId, Text, Version } from './common.schema';
import { CategoryCode } from './edition.schema';
import { DocumentRequest } from './innovation.schema';

/** Objections to a nominee (masa sanggah). */

export const ObjectionOutcome = /* @__PURE__ */ defineSchema(() => z.enum(['UPHELD', 'REJECTED']));
export type ObjectionOutcome = z.infer<typeof ObjectionOutcome>;

/** What a signed-in person sends to object: the reason and, optionally, one piece of evidence to
 * upload (answered with a presigned POST, as documents are). */
export const ObjectionInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  reason: Text(5000, 10),
  evidence: z.optional(z.extend(DocumentRequest, { kind: z.enum(['PHOTO', 'EVIDENCE', 'VIDEO']) })),
}));
export type ObjectionInput = z.infer<typeof ObjectionInput>;

/** The secretariat's decision. */
export const ObjectionResolution = /* @__PURE__ */ defineSchema(() => z.strictObject({ outcome: ObjectionOutcome, reason: Text(5000, 3) }));
export type ObjectionResolution = z.infer<typeof ObjectionResolution>;

export const Objection = /* @__PURE__ */ defineSchema(() => z.object({
  objectionId: SystemId,
  innovationId: SystemId,
  editionId: Slug,
  category: CategoryCode,
  /** The nominee's title when the objection was filed, so the public can be told which nominee left. */
  title: z.optional(z.string()),
  /** Who filed it: shown to the secretariat, never to the public. */
  filedBy: z.string(),
  reason: z.string(),
  evidence: z.array(z.object({ documentId: SystemId, kind: z.string(), fileName: z.string(), contentType: z.string(), size: z.number() })),
  status: z.enum(['OPEN', 'UPHELD', 'REJECTED']),
  resolution: z.optional(z.object({ outcome: ObjectionOutcome, reason: z.string(), decidedBy: z.string(), decidedAt: IsoInstant })),
  createdAt: IsoInstant,
  version: Version,
}));
export type Objection = z.infer<typeof Objection>;
export type StoredObjection = Omit<Objection, 'evidence'> & { evidence: (Objection['evidence'][number] & { key: string })[] };

/** What the public sees of a nominee's objections: how many, and how they ended. */
export const ObjectionSummary = /* @__PURE__ */ defineSchema(() => z.object({
  filed: z.number().check(z.int()),
  open: z.number().check(z.int()),
  upheld: z.number().check(z.int()),
  rejected: z.number().check(z.int()),
}));
export type ObjectionSummary = z.infer<typeof ObjectionSummary>;
