import { z } from 'zod';
import { schemaMessage } from '../messages/catalogue';
import { IsoInstant, Slug, SystemId, Text } from './common.schema';
import { CategoryCode, RoundName } from './edition.schema';

const UserId = z.string().min(1).max(128).regex(/^[^\u0000-\u001F\u007F]+$/, schemaMessage('NO_CONTROL_CHARACTERS'));

export const Assignment = z.strictObject({
  userId: UserId,
  role: z.enum(['jury', 'verifier']),
  categories: z
    .array(CategoryCode)
    .min(1)
    .refine((cs) => new Set(cs).size === cs.length, schemaMessage('CATEGORIES_UNIQUE')),
});
export type Assignment = z.infer<typeof Assignment>;

export const Conflict = z.strictObject({ userId: UserId, institutionIds: z.array(Slug).min(1).max(100) });
export type Conflict = z.infer<typeof Conflict>;

/** The whole panel of an edition: `PUT /editions/{editionId}/assignments` replaces it. */
export const AssignmentsInput = z
  .strictObject({
    assignments: z.array(Assignment).max(500),
    conflicts: z.array(Conflict).max(500).default([]),
    version: z.number().int().min(1).optional(),
  })
  .refine((a) => new Set(a.assignments.map((x) => `${x.userId}#${x.role}`)).size === a.assignments.length, {
    ...schemaMessage('USER_ONCE_PER_ROLE'),
    path: ['assignments'],
  });
export type AssignmentsInput = z.infer<typeof AssignmentsInput>;

export const Assignments = z.object({
  editionId: Slug,
  assignments: z.array(Assignment),
  conflicts: z.array(Conflict),
  updatedAt: IsoInstant,
  updatedBy: z.string(),
  version: z.number().int(),
});
export type Assignments = z.infer<typeof Assignments>;

export const EligibilityInput = z
  .strictObject({ eligible: z.boolean(), reason: Text(1000).default('') })
  .refine((e) => e.eligible || e.reason.length > 0, { ...schemaMessage('REASON_REQUIRED'), path: ['reason'] });
export type EligibilityInput = z.infer<typeof EligibilityInput>;

export const ScoreInput = z.strictObject({
  criteria: z.record(z.string().max(40), z.number()),
  comment: Text(2000).optional(),
  version: z.number().int().min(1).optional(),
});
export type ScoreInput = z.infer<typeof ScoreInput>;

/** One judge's score of one innovation in one round, as stored. */
export const Score = z.object({
  innovationId: SystemId,
  editionId: Slug,
  category: CategoryCode,
  round: RoundName,
  judgeId: z.string(),
  criteria: z.record(z.string(), z.number()),
  total: z.number(),
  comment: z.string().optional(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().int(),
});
export type Score = z.infer<typeof Score>;

export const VerificationInput = z.strictObject({
  result: z.enum(['VERIFIED', 'NOT_VERIFIED']),
  score: z.number().min(0).max(100),
  findings: Text(10000).min(1),
  /** Evidence documents uploaded through `POST /innovations/{id}/verification/evidence`. */
  evidence: z
    .array(SystemId)
    .max(30)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, schemaMessage('EVIDENCE_IDS_UNIQUE')),
  version: z.number().int().min(1).optional(),
});
export type VerificationInput = z.infer<typeof VerificationInput>;

/** A document a verifier uploads as field evidence. */
export const EvidenceDocument = z.object({
  innovationId: SystemId,
  documentId: SystemId,
  kind: z.enum(['PHOTO', 'EVIDENCE', 'VIDEO']),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  key: z.string(),
  uploadedBy: z.string(),
  createdAt: IsoInstant,
});
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;

export const Verification = z.object({
  innovationId: SystemId,
  editionId: Slug,
  category: CategoryCode,
  result: z.enum(['VERIFIED', 'NOT_VERIFIED']),
  score: z.number(),
  findings: z.string(),
  evidence: z.array(EvidenceDocument.omit({ key: true })),
  verifiedBy: z.string(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().int(),
});
export type Verification = z.infer<typeof Verification>;

export const AuditRecord = z.object({
  subject: z.string(),
  at: IsoInstant,
  who: z.string(),
  action: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;
