/** (handler) --> panel action --> data + access and stage rules. What a judge or verifier acting on
 * an entry reads and checks first: the innovation (it names the edition), then in one BatchGet the
 * edition, its panel and whatever else the action needs; the caller must sit on the entry's panel
 * and the edition be in a stage that allows the action. */
import { assignmentsRef } from '#shared/data/assignments';
import { getAll, type ItemRef, type Resolved } from '#shared/data/dynamo';
import { editionRef, requireEdition } from '#shared/data/editions';
import { getInnovation } from '#shared/data/innovations';
import { requirePanel, type PanelRole } from '#shared/domain/access';
import { requireStage } from '#shared/domain/stage-rules';
import type { Stage } from '#shared/vocabulary/stages';
import type { Caller } from '#shared/vocabulary/caller';
import type { ActionKey } from '#shared/messages/catalogue';
import type { Edition } from '#shared/schemas/edition.schema';
import type { StoredInnovation } from '#shared/schemas/innovation.schema';

export interface PanelAction {
  caller: Caller;
  now: Date;
  role: PanelRole;
  stages: readonly Stage[];
  action: ActionKey;
}

export const panelAction = async <R extends readonly ItemRef<unknown>[]>(
  innovationId: string,
  { caller, now, role, stages, action }: PanelAction,
  more: (innovation: StoredInnovation) => R,
): Promise<{ innovation: StoredInnovation; edition: Edition; more: Resolved<R> }> => {
  const innovation = await getInnovation(innovationId);
  const [edition, assignments, ...rest] = await getAll([editionRef(innovation.editionId), assignmentsRef(innovation.editionId), ...more(innovation)] as const);
  requirePanel(assignments, caller, innovation, role);
  const found = requireEdition(edition, innovation.editionId);
  requireStage(found, now, stages, action);
  return { innovation, edition: found, more: rest };
};
