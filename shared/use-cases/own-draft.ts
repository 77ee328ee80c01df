/** (handler) --> own draft --> data + entrant and stage rules. The innovation a participant changes:
 * theirs, still a draft, while the edition is in REGISTRATION (the edition id comes from the
 * innovation, so the two reads follow each other). */
import { getEdition } from '../data/editions';
import { getInnovation } from '../data/innovations';
import { requireDraft, requireOwner } from '../domain/innovation-rules';
import { requireStage } from '../domain/stage-rules';
import type { Caller } from '../vocabulary/caller';
import type { ActionKey } from '../messages/catalogue';
import type { StoredInnovation } from '../schemas/innovation.schema';
import type { Edition } from '../schemas/edition.schema';

export const ownDraft = async (innovationId: string, caller: Caller, now: Date, action: ActionKey): Promise<StoredInnovation> => (await ownDraftOf(innovationId, caller, now, action)).innovation;

/** ownDraft with the edition it was read against. */
export const ownDraftOf = async (innovationId: string, caller: Caller, now: Date, action: ActionKey): Promise<{ innovation: StoredInnovation; edition: Edition }> => {
  const innovation = await getInnovation(innovationId);
  requireOwner(innovation, caller);
  const edition = await getEdition(innovation.editionId);
  requireStage(edition, now, ['REGISTRATION'], action);
  requireDraft(innovation);
  return { innovation, edition };
};
