/** PUT /editions/{editionId}/assignments — API Gateway HTTP API (payload 2.0). The secretariat sets
 * the whole panel (jury and verifiers per category) and the declared conflicts of interest, from
 * SCREENING to PRESENTATION. Audited; each judge and verifier given new categories is told. */
import { assignmentsRef, saveAssignments } from '#shared/data/assignments';
import { editionSubject } from '#shared/data/audit';
import { getAll } from '#shared/data/dynamo';
import { editionRef, requireEdition } from '#shared/data/editions';
import { panelAssigned } from '#shared/domain/notifications';
import { requireStage } from '#shared/domain/stage-rules';
import { toWita } from '#shared/vocabulary/wita';
import { invalidInput, versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { httpHandler } from '#shared/http/handler';
import { putAssignments as contract } from '#shared/contracts/judging.contract';
import { type Assignments } from '#shared/schemas/judging.schema';
import { notifyAfter } from '#shared/use-cases/notify';

export const handler = httpHandler(contract, async ({ path, body, caller, now }) => {
  const [edition, current] = await getAll([editionRef(path.editionId), assignmentsRef(path.editionId)] as const);
  requireStage(requireEdition(edition, path.editionId), now, ['SCREENING', 'ASSESSMENT', 'NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION'], 'ACTION_ASSIGN_PANEL');
  const outside = body.assignments.flatMap((a, i) =>
    a.categories.filter((c) => !edition!.categories.includes(c)).map((c) => ({ path: ['assignments', i, 'categories'], message: msg('CATEGORY_NOT_IN_EDITION', { category: c }) })),
  );
  if (outside.length) throw invalidInput(outside);
  if (body.version !== undefined && body.version !== current?.version)
    throw versionConflict(msg('ASSIGNMENTS_VERSION_EDITED', { expected: body.version, stored: current?.version }));

  const at = toWita(now);
  const next: Assignments = { editionId: path.editionId, assignments: body.assignments, conflicts: body.conflicts, updatedAt: at, updatedBy: caller.userId, version: (current?.version ?? 0) + 1 };
  await saveAssignments(next, current?.version, {
    subject: editionSubject(path.editionId),
    at,
    who: caller.userId,
    action: 'ASSIGNMENTS_SET',
    before: current ? { assignments: current.assignments, conflicts: current.conflicts } : null,
    after: { assignments: next.assignments, conflicts: next.conflicts },
  });
  // After the save: a panel of up to 500 can be more than a transaction's 100 items.
  await notifyAfter(`panel of ${next.editionId}`, () => panelAssigned(next, current, now));
  return { body: next };
});
