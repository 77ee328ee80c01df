import * as z from 'zod/mini';
import { schemaMessage } from '#shared/messages/catalogue';
import { BIDI_CONTROLS, defineSchema, IsoInstant, MapKey, Slug, SystemId, Text, Version } from './common.schema';
import { AUDIT_ACTIONS } from '#shared/vocabulary/audit-actions';
import { CategoryCode, RoundName } from './edition.schema';

const UserId = /* @__PURE__ */ defineSchema(() =>
  z.string().check(
    z.minLength(1),
    z.maxLength(128),
    z.regex(/^[^\u0000-\u001F\u007F]+$/, schemaMessage('NO_CONTROL_CHARACTERS')),
    z.refine((s) => !BIDI_CONTROLS.test(s), schemaMessage('NO_BIDI_CONTROLS')),
  ),
);

const Assignment = /* @__PURE__ */ defineSchema(() => z.strictObject({
  userId: UserId,
  role: z.enum(['jury', 'verifier']),
  /** Where the system tells them of their assignment and of extended deadlines (optional: without
   * one they are not told). */
  email: z.optional(z.email().check(z.maxLength(254))),
  categories: z.array(CategoryCode).check(
    z.minLength(1),
    z.refine((cs) => new Set(cs).size === cs.length, schemaMessage('CATEGORIES_UNIQUE')),
  ),
}));

const Conflict = /* @__PURE__ */ defineSchema(() => z.strictObject({ userId: UserId, institutionIds: z.array(Slug).check(z.minLength(1), z.maxLength(100)) }));

/** The whole panel of an edition: `PUT /editions/{editionId}/assignments` replaces it. */
export const AssignmentsInput = /* @__PURE__ */ defineSchema(() => z
  .strictObject({
    assignments: z.array(Assignment).check(z.maxLength(500)),
    conflicts: z._default(z.array(Conflict).check(z.maxLength(500)), []),
    version: z.optional(Version),
  })
  .check(
    z.refine((a) => new Set(a.assignments.map((x) => `${x.userId}#${x.role}`)).size === a.assignments.length, {
      ...schemaMessage('USER_ONCE_PER_ROLE'),
      path: ['assignments'],
    }),
  ));
export type AssignmentsInput = z.infer<typeof AssignmentsInput>;

export const Assignments = /* @__PURE__ */ defineSchema(() => z.object({
  editionId: Slug,
  assignments: z.array(Assignment),
  conflicts: z.array(Conflict),
  updatedAt: IsoInstant,
  updatedBy: z.string(),
  version: z.number().check(z.int()),
}));
export type Assignments = z.infer<typeof Assignments>;

export const EligibilityInput = /* @__PURE__ */ defineSchema(() => z
  .strictObject({ eligible: z.boolean(), reason: z._default(Text(1000), '') })
  .check(z.refine((e) => e.eligible || e.reason.length > 0, { ...schemaMessage('REASON_REQUIRED'), path: ['reason'] })));
export type EligibilityInput = z.infer<typeof EligibilityInput>;

export const ScoreInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  criteria: z.record(MapKey(40), z.number()),
  comment: z.optional(Text(2000)),
  version: z.optional(Version),
}));
export type ScoreInput = z.infer<typeof ScoreInput>;

/** One judge's score of one innovation in one round, as stored. */
export const Score = /* @__PURE__ */ defineSchema(() => z.object({
  innovationId: SystemId,
  editionId: Slug,
  category: CategoryCode,
  round: RoundName,
  judgeId: z.string(),
  criteria: z.record(z.string(), z.number()),
  total: z.number(),
  comment: z.optional(z.string()),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().check(z.int()),
}));
export type Score = z.infer<typeof Score>;

export const VerificationResult = /* @__PURE__ */ defineSchema(() => z.enum(['VERIFIED', 'NOT_VERIFIED']));

export const VerificationInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  result: VerificationResult,
  score: z.number().check(z.minimum(0), z.maximum(100)),
  findings: Text(10000, 1),
  /** Evidence documents uploaded through `POST /innovations/{id}/verification/evidence`. */
  evidence: z
    ._default(z.array(SystemId).check(z.maxLength(30)), [])
    .check(z.refine((ids) => new Set(ids).size === ids.length, schemaMessage('EVIDENCE_IDS_UNIQUE'))),
  version: z.optional(Version),
}));
export type VerificationInput = z.infer<typeof VerificationInput>;

/** A document a verifier uploads as field evidence. */
export const EvidenceDocument = /* @__PURE__ */ defineSchema(() => z.object({
  innovationId: SystemId,
  documentId: SystemId,
  kind: z.enum(['PHOTO', 'EVIDENCE', 'VIDEO']),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().check(z.int()),
  key: z.string(),
  uploadedBy: z.string(),
  createdAt: IsoInstant,
}));
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;

export const Verification = /* @__PURE__ */ defineSchema(() => z.object({
  innovationId: SystemId,
  editionId: Slug,
  category: CategoryCode,
  result: VerificationResult,
  score: z.number(),
  findings: z.string(),
  /** Each with `href`, the API path that reads it (`GET /innovations/{id}/verification/evidence/{evidenceId}`). */
  evidence: z.array(z.extend(z.omit(EvidenceDocument, { key: true }), { href: z.optional(z.string()) })),
  verifiedBy: z.string(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().check(z.int()),
}));
export type Verification = z.infer<typeof Verification>;

/** A verification as stored: each piece of evidence also keeps the key of the copy it checked
 * (`verifiedEvidenceKey`), which is never shown. */
export type StoredVerification = Omit<Verification, 'evidence'> & { evidence: (Verification['evidence'][number] & { submittedKey?: string })[] };

export const AuditRecord = /* @__PURE__ */ defineSchema(() => z.object({
  subject: z.string(),
  at: IsoInstant,
  who: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
}));
export type AuditRecord = z.infer<typeof AuditRecord>;
