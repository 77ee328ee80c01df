/** (handler | stage transition | local stack) --> notify --> notifications data + notification rules.
 * Two halves of the outbox. Queuing: an action that has no transaction of its own to carry its
 * notifications queues them right after it, and a failure there is logged, never the action's
 * failure. Delivering: one pending notification at a time through a `Mailer`, marked sent once, each
 * failed send counted and logged, given up (FAILED) after MAX_SEND_ATTEMPTS. */
import { assignmentsRef } from '#shared/data/assignments';
import { getAll } from '#shared/data/dynamo';
import { innovationRef, innovationsOfCategory } from '#shared/data/innovations';
import { enqueueNotifications, findNotification, markSendFailed, markSent, pendingNotifications } from '#shared/data/notifications';
import type { RankingHeader } from '#shared/data/rankings';
import { deadlineExtended, extensions, FACED_WINDOWS, MAX_SEND_ATTEMPTS, nominated, won, type Mailer } from '#shared/domain/notifications';
import { logger } from '#shared/logger';
import type { Edition } from '#shared/schemas/edition.schema';
import type { Notification } from '#shared/schemas/notification.schema';
import { toWita } from '#shared/vocabulary/wita';

type Build = () => readonly Notification[] | Promise<readonly Notification[]>;

/** Runs notification work for an action that stands whatever happens here: a failure is logged
 * (those notifications are then lost, not the action) and answers `fallback`. */
const quietly = async <T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (err) {
    logger.error('notifications not queued; the action stands', { what, error: (err as Error).message });
    return fallback;
  }
};

/** The notifications `build` makes, to be written with the action's own transaction; none if it fails. */
export const notificationsFor = (what: string, build: Build): Promise<readonly Notification[]> => quietly(what, [], async () => build());

/** Queues what `build` answers after an action that already happened. */
export const notifyAfter = (what: string, build: Build): Promise<void> => quietly(what, undefined, async () => enqueueNotifications(await build()));

/** Tells the nominees (nomination) or the winners (final) a ranking names. */
export const rankedNotifications = async (header: RankingHeader, now: Date): Promise<Notification[]> => {
  const named = Object.values(header.summary).flat();
  const found = await getAll(named.map((n) => innovationRef(n.innovationId)));
  return found.flatMap((i, k) => {
    if (!i) return [];
    const place = (named[k] as { place?: number }).place;
    return [header.round === 'final' && place !== undefined ? won(i, place, now) : nominated(i, now)];
  });
};

/** Queues the ranking's notifications after it (each told once, however often it runs). */
export const notifyRanked = (header: RankingHeader, now: Date): Promise<void> => notifyAfter(`${header.round} of ${header.editionId}`, () => rankedNotifications(header, now));

/** Everyone facing a window that a calendar change ends later: the drafts' contacts when
 * registration is extended, the judges or verifiers (with an address) when their window is. */
export const notifyExtensions = (before: Edition, after: Edition, now: Date): Promise<void> =>
  notifyAfter(`calendar of ${after.id}`, async () => {
    const extended = extensions(before.stages, after.stages);
    if (!extended.length) return [];
    const [assignments] = await getAll([assignmentsRef(after.id)] as const);
    const drafts = extended.some((e) => FACED_WINDOWS[e.stage] === 'drafts')
      ? (await Promise.all(after.categories.map((c) => innovationsOfCategory(after.id, c, ['id', 'status', 'contact'])))).flat().filter((i) => i.status === 'DRAFT')
      : [];
    return extended.flatMap((e) => {
      const faced = FACED_WINDOWS[e.stage];
      if (faced === 'drafts') return drafts.map((d) => deadlineExtended(after.id, e, d.id, d.contact.email, now));
      return (assignments?.assignments ?? []).filter((a) => a.role === faced && a.email).map((a) => deadlineExtended(after.id, e, a.userId, a.email!, now));
    });
  });

export type Delivery = 'sent' | 'skipped' | 'failed';

/** Sends the notification `key` if it is still pending. */
export const deliver = async (key: string, mailer: Mailer, now: Date): Promise<Delivery> => {
  const n = await findNotification(key);
  if (n?.status !== 'PENDING') return 'skipped';
  try {
    await mailer.send({ key, event: n.event, to: n.to, subject: n.subject, text: n.text, createdAt: n.createdAt });
  } catch (err) {
    const attempt = n.attempts + 1;
    const giveUp = attempt >= MAX_SEND_ATTEMPTS;
    // The key and event say which message; the address stays out of the log.
    logger.error(giveUp ? 'notification failed for good' : 'notification send failed; it will be retried', { key, event: n.event, attempt, error: (err as Error).message });
    return (await markSendFailed(key, `${(err as Error).name}: ${(err as Error).message}`, giveUp)) ? 'failed' : 'skipped';
  }
  await markSent(key, toWita(now));
  logger.info('notification sent', { key, event: n.event, attempt: n.attempts + 1 });
  return 'sent';
};

/** Delivers every pending notification, oldest first (the local stack's sender). */
export const deliverPending = async (mailer: Mailer, now: Date): Promise<Delivery[]> => {
  const results: Delivery[] = [];
  for (const n of await pendingNotifications()) results.push(await deliver(n.key, mailer, now));
  return results;
};
