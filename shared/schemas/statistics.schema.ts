import * as z from 'zod/mini';
import { defineSchema, Slug } from './common.schema';
import { CategoryCode } from './edition.schema';
import { InnovationStatus } from './innovation.schema';

const Count = /* @__PURE__ */ defineSchema(() => z.number().check(z.int(), z.minimum(0)));
/** How many entries are in each status (every status named, 0 included). */
const StatusCounts = /* @__PURE__ */ defineSchema(() => z.record(InnovationStatus, Count));

/** The secretariat's dashboard figures of one edition, counted by the server so a phone never pages
 * through every entry. */
export const EditionStatistics = /* @__PURE__ */ defineSchema(() => z.object({
  editionId: Slug,
  /** Every innovation registered in the edition. */
  total: Count,
  /** Entries ever submitted (whatever became of them since), and drafts never submitted (DRAFT, and
   * NOT_SUBMITTED once registration closed): the two add up to `total`. */
  submitted: Count,
  drafts: Count,
  byStatus: StatusCounts,
  /** Each category of the edition, in the edition's order, with its entries per status. */
  byCategory: z.array(z.object({ category: CategoryCode, total: Count, byStatus: StatusCounts })),
  /** Registrations and final submissions per WITA calendar day, every day from the first to the
   * last with either (days with none included, so a chart's axis is true to time). */
  perDay: z.array(z.object({ day: z.iso.date(), registered: Count, submitted: Count })),
  /** Satu Instansi Satu Inovasi: institutions of the registry, those with a submission, and the
   * share (null while the registry is empty). */
  compliance: z.object({ total: Count, compliant: Count, share: z.nullable(z.number().check(z.minimum(0), z.maximum(1))) }),
}));
export type EditionStatistics = z.infer<typeof EditionStatistics>;
