import * as z from 'zod/mini';
import { defineSchema, IsoInstant } from './common.schema';

/** Why someone is told something (DESIGN.md, Notifications). */
export const NOTIFICATION_EVENTS = ['SUBMISSION_RECEIPT', 'SCREENED_OUT', 'NOMINATED', 'WON', 'ASSIGNED', 'DEADLINE_EXTENDED'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** One e-mail as the outbox keeps it: worded (in Indonesian) when the action happened, so sending it
 * needs nothing but this. `key` is deterministic per event and recipient: an action run twice makes
 * the same key, and a key is delivered once. */
export const Notification = /* @__PURE__ */ defineSchema(() => z.object({
  key: z.string(),
  event: z.enum(NOTIFICATION_EVENTS),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: IsoInstant,
  status: z.enum(['PENDING', 'SENT', 'FAILED']),
  /** Failed sends so far. */
  attempts: z.number().check(z.int()),
  lastError: z.optional(z.string()),
  sentAt: z.optional(IsoInstant),
}));
export type Notification = z.infer<typeof Notification>;

/** `GET /_local/outbox` (local stack only): what would have been sent, newest first. */
export const LocalOutbox = /* @__PURE__ */ defineSchema(() => z.object({
  items: z.array(z.object({ key: z.string(), event: z.enum(NOTIFICATION_EVENTS), to: z.string(), subject: z.string(), text: z.string(), createdAt: IsoInstant, sentAt: IsoInstant })),
}));
export type LocalOutbox = z.infer<typeof LocalOutbox>;
