import * as z from 'zod/mini';
import { schemaMessage } from '#shared/messages/catalogue';
import { defineSchema, IsoInstant, ListQuery, Slug, SystemId, Text, Version } from './common.schema';
import { CategoryCode } from './edition.schema';
import { INNOVATION_STATUSES } from '#shared/vocabulary/statuses';
import { FLAG_CODES, type ScreeningFlag } from '#shared/vocabulary/screening-flags';

export const InnovationStatus = /* @__PURE__ */ defineSchema(() => z.enum(INNOVATION_STATUSES));
export type InnovationStatus = z.infer<typeof InnovationStatus>;

export const Contact = /* @__PURE__ */ defineSchema(() => z.strictObject({
  name: Text(120, 1),
  email: z.email().check(z.maxLength(254)),
  phone: z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{5,19}$/, schemaMessage('PHONE_FORMAT'))),
}));

const fields = /* @__PURE__ */ defineSchema(() => ({
  title: Text(200, 3),
  category: CategoryCode,
  institutionId: z.optional(Slug),
  /** School, university or community of a personal entrant. */
  affiliation: z.optional(Text(200)),
  summary: Text(2000),
  problem: Text(5000),
  solution: Text(5000),
  impact: Text(5000),
  innovationStage: z.enum(['INISIATIF', 'UJI_COBA', 'PENERAPAN']),
  innovationType: z.enum(['DIGITAL', 'NON_DIGITAL']),
  startedOn: z.iso.date(),
  contact: Contact,
  // The national field set (Kemendagri's Indeks Inovasi Daerah / KIPP): optional at registration;
  // an edition may require some at submission (`nationalFieldsRequired`).
  initiator: z.optional(z.enum(['KEPALA_DAERAH', 'DPRD', 'OPD', 'ASN', 'MASYARAKAT'])),
  form: z.optional(z.enum(['TATA_KELOLA', 'PELAYANAN_PUBLIK', 'LAINNYA'])),
  /** Urusan pemerintahan. */
  governmentAffair: z.optional(Text(200, 1)),
  trialStartedOn: z.optional(z.iso.date()),
  implementedOn: z.optional(z.iso.date()),
  /** Rancang bangun. */
  design: z.optional(Text(5000)),
  aims: z.optional(Text(5000)),
  benefits: z.optional(Text(5000)),
  results: z.optional(Text(5000)),
  /** A link to the innovation's video (https; 3 minutes is the national rule). */
  videoUrl: z.optional(z.url({ protocol: /^https$/ }).check(z.maxLength(500))),
}));

/** Registration: a draft needs who and what; the rest may follow until final submission. */
export const InnovationInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  ...fields,
  summary: z.optional(fields.summary),
  problem: z.optional(fields.problem),
  solution: z.optional(fields.solution),
  impact: z.optional(fields.impact),
  innovationStage: z.optional(fields.innovationStage),
  innovationType: z.optional(fields.innovationType),
  startedOn: z.optional(fields.startedOn),
}));
export type InnovationInput = z.infer<typeof InnovationInput>;

/** Editing a draft: any field but the category and institution (which decide where it competes
 * and whom it counts for); `version`, when sent, must match the stored one. */
export const InnovationPatch = /* @__PURE__ */ defineSchema(() => z
  .extend(z.partial(z.omit(InnovationInput, { category: true, institutionId: true })), { version: z.optional(Version) })
  .check(z.refine((p) => Object.keys(p).some((k) => k !== 'version'), schemaMessage('NOTHING_TO_CHANGE'))));
export type InnovationPatch = z.infer<typeof InnovationPatch>;

/** The fields a final submission needs filled in. */
export const SUBMISSION_REQUIRED = ['summary', 'problem', 'solution', 'impact', 'innovationStage', 'innovationType', 'startedOn'] as const;

/** The national field set's fields an edition may require at submission. */
export const NATIONAL_FIELDS = ['initiator', 'form', 'governmentAffair', 'trialStartedOn', 'implementedOn', 'design', 'aims', 'benefits', 'results', 'videoUrl'] as const;
export type NationalField = (typeof NATIONAL_FIELDS)[number];

export const DocumentKind = /* @__PURE__ */ defineSchema(() => z.enum(['PROPOSAL', 'EVIDENCE', 'PHOTO', 'VIDEO']));
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentRequest = /* @__PURE__ */ defineSchema(() => z.strictObject({
  kind: DocumentKind,
  fileName: Text(200, 1),
  contentType: z.string().check(z.maxLength(100)),
  size: z.number().check(z.int(), z.minimum(1)),
}));
export type DocumentRequest = z.infer<typeof DocumentRequest>;

export const StoredDocument = /* @__PURE__ */ defineSchema(() => z.object({
  documentId: SystemId,
  kind: DocumentKind,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().check(z.int()),
  key: z.string(),
  /** The copy the submission checked and froze (see `submittedObjectKey`); reads come from it. */
  submittedKey: z.optional(z.string()),
  status: z.enum(['PENDING', 'UPLOADED']),
  createdAt: IsoInstant,
}));
export type StoredDocument = z.infer<typeof StoredDocument>;

export const DocumentUpload = /* @__PURE__ */ defineSchema(() => z.object({
  documentId: SystemId,
  upload: z.object({
    method: z.literal('POST'),
    url: z.url(),
    fields: z.record(z.string(), z.string()),
  }),
  expiresAt: IsoInstant,
}));
export type DocumentUpload = z.infer<typeof DocumentUpload>;

/** A presigned read of a stored document (`Accept: application/json`; otherwise a 302 to `url`). */
export const DocumentRead = /* @__PURE__ */ defineSchema(() => z.object({ url: z.url(), expiresAt: IsoInstant }));
export type DocumentRead = z.infer<typeof DocumentRead>;

export const Innovation = /* @__PURE__ */ defineSchema(() => z.object({
  ...InnovationInput.shape,
  id: SystemId,
  editionId: Slug,
  ownerId: z.string(),
  status: InnovationStatus,
  /** Each with `href`, the API path that reads it (`GET /innovations/{id}/documents/{documentId}`). */
  documents: z.array(z.extend(z.omit(StoredDocument, { key: true, submittedKey: true }), { href: z.string() })),
  eligibility: z.optional(z.object({ eligible: z.boolean(), reason: z.string(), decidedBy: z.string(), decidedAt: IsoInstant })),
  submittedAt: z.optional(IsoInstant),
  /** What the screening rules found when registration closed (shown to the secretariat only): each
   * flag's code, its particulars (the resembled entry and how alike, or the dates) and its reason
   * worded from them in the request's language (Accept-Language). */
  screeningFlags: z.optional(z.array(z.looseObject({ code: z.enum(FLAG_CODES), reason: z.string() }))),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: Version,
}));
export type Innovation = z.infer<typeof Innovation>;

export const InnovationListQuery = /* @__PURE__ */ defineSchema(() => z.object({
  category: z.optional(CategoryCode),
  status: z.optional(InnovationStatus),
  /** The secretariat's screening queue: entries with this flag, or with any flag (`ANY`). */
  flag: z.optional(z.enum([...FLAG_CODES, 'ANY'])),
  ...ListQuery.shape,
}));

/** An innovation as stored: the documents keep their S3 object keys, which are never shown. */
/** As stored: the flags carry their particulars; the API words each one's reason for its reader. */
export type StoredInnovation = Omit<Innovation, 'documents' | 'screeningFlags'> & { documents: StoredDocument[]; screeningFlags?: ScreeningFlag[]; flagCodes?: string[] };
