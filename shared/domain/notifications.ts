/** What the system tells people, and to whom (DESIGN.md, Notifications): pure builders of the
 * notifications an action leaves in the outbox, each worded in Indonesian from the message catalogue
 * with a key that is the same whenever the same event reaches the same person, and the `Mailer` port
 * that sends them (SES in AWS, the local outbox on the local stack). */
import { msg, renderMessage, type Message } from '#shared/messages/catalogue';
import type { Assignments } from '#shared/schemas/judging.schema';
import type { StoredInnovation } from '#shared/schemas/innovation.schema';
import type { Notification, NotificationEvent } from '#shared/schemas/notification.schema';
import type { StageWindow } from './calendar';
import type { DatedStage } from '#shared/vocabulary/stages';
import { toSecond, toWita } from '#shared/vocabulary/wita';

/** An e-mail to send: the notification without its delivery state. */
export type Mail = Pick<Notification, 'key' | 'event' | 'to' | 'subject' | 'text' | 'createdAt'>;

/** Sends one e-mail or throws. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Sends tried before a notification is given up as FAILED (each failure is logged). In AWS the
 * stream's retries and then its dead-letter queue stand behind it; locally the next delivery run. */
export const MAX_SEND_ATTEMPTS = 5;

const notification = (event: NotificationEvent, parts: readonly (string | number)[], to: string, subject: Message, text: Message, at: Date): Notification => ({
  key: [event, ...parts].join('#'),
  event,
  to,
  subject: renderMessage(subject, 'id'),
  text: renderMessage(text, 'id'),
  createdAt: toWita(at),
  status: 'PENDING',
  attempts: 0,
});

type Entry = Pick<StoredInnovation, 'id' | 'title' | 'contact'>;
const entrant = (i: Entry) => ({ name: i.contact.name, title: i.title, number: i.id });

/** The receipt of a final submission: the entry's number and each document kept, with its size. */
export const submissionReceipt = (i: Entry & Pick<StoredInnovation, 'documents' | 'submittedAt'>, at: Date): Notification =>
  notification(
    'SUBMISSION_RECEIPT',
    [i.id],
    i.contact.email,
    msg('MAIL_RECEIPT_SUBJECT', { title: i.title, number: i.id }),
    msg('MAIL_RECEIPT_TEXT', { ...entrant(i), at: i.submittedAt ?? toWita(at), documents: i.documents.map((d) => ({ kind: d.kind, fileName: d.fileName, size: d.size })) }),
    at,
  );

/** The secretariat found the entry ineligible; `version` is the entry's version that says so, so
 * deciding again later (after a change of mind) is a new message. */
export const screenedOut = (i: Entry & Pick<StoredInnovation, 'version'>, reason: string, at: Date): Notification =>
  notification('SCREENED_OUT', [i.id, i.version], i.contact.email, msg('MAIL_SCREENED_OUT_SUBJECT', { title: i.title }), msg('MAIL_SCREENED_OUT_TEXT', { ...entrant(i), reason }), at);

export const nominated = (i: Entry, at: Date): Notification =>
  notification('NOMINATED', [i.id], i.contact.email, msg('MAIL_NOMINATED_SUBJECT', { title: i.title }), msg('MAIL_NOMINATED_TEXT', entrant(i)), at);

export const won = (i: Entry & Pick<StoredInnovation, 'category'>, place: number, at: Date): Notification =>
  notification('WON', [i.id], i.contact.email, msg('MAIL_WON_SUBJECT', { title: i.title, place }), msg('MAIL_WON_TEXT', { ...entrant(i), place, category: i.category }), at);

/** A message to each judge and verifier given categories they did not have, who has an address. */
export const panelAssigned = (next: Assignments, previous: Assignments | undefined, at: Date): Notification[] =>
  next.assignments.flatMap((a) => {
    const before = previous?.assignments.find((p) => p.userId === a.userId && p.role === a.role)?.categories ?? [];
    const added = a.categories.filter((c) => !before.includes(c));
    if (!added.length || !a.email) return [];
    const about = { role: a.role, editionId: next.editionId };
    return [notification('ASSIGNED', [next.editionId, a.role, a.userId, next.version], a.email, msg('MAIL_ASSIGNED_SUBJECT', about), msg('MAIL_ASSIGNED_TEXT', { ...about, categories: a.categories }), at)];
  });

/** The windows whose people are told when their end moves later: who faces each one. */
export const FACED_WINDOWS = {
  REGISTRATION: 'drafts',
  ASSESSMENT: 'jury',
  FIELD_VERIFICATION: 'verifier',
  PRESENTATION: 'jury',
} as const satisfies Partial<Record<DatedStage, string>>;
export type FacedWindow = keyof typeof FACED_WINDOWS;

export interface Extension {
  stage: FacedWindow;
  from: string;
  end: string;
}

/** The faced windows a calendar change ends later than before. */
export const extensions = (before: readonly StageWindow[], after: readonly StageWindow[]): Extension[] =>
  after.flatMap((w, i) => {
    const old = before[i]?.end;
    return w.stage in FACED_WINDOWS && w.end && old && toSecond(w.end) > toSecond(old) ? [{ stage: w.stage as FacedWindow, from: old, end: w.end }] : [];
  });

/** Tells one person (`who`: their user or entry id, for the key) that a window they face was extended. */
export const deadlineExtended = (editionId: string, e: Extension, who: string, to: string, at: Date): Notification =>
  notification(
    'DEADLINE_EXTENDED',
    [editionId, e.stage, toWita(new Date(e.end)), who],
    to,
    msg('MAIL_EXTENDED_SUBJECT', { stage: e.stage, end: e.end }),
    msg('MAIL_EXTENDED_TEXT', { stage: e.stage, editionId, from: e.from, end: e.end }),
    at,
  );
