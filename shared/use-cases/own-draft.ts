/** (handler) --> own draft --> data + entrant and stage rules. The innovation a participant changes:
 * theirs, still a draft, while the edition is in REGISTRATION (the edition id comes from the
 * innovation, so the two reads follow each other). */
import { getEdition } from '../data/editions';
import { getInnovation } from '../data/innovations';
import { requireDraft, requireOwner } from '../domain/innovation-rules';
import { requireStage } from '../domain/stage-rules';
import type { Caller } from '../vocabulary/caller';
import type { ActionKey } from '../messages/catalogue';
import type { Edition } from '../schemas/edition.schema';
import type { StoredInnovation } from '../schemas/innovation.schema';

/** The draft and its edition (whose calendar bounds what the action hands out, e.g. an upload form). */
export const ownDraftIn = async (innovationId: string, caller: Caller, now: Date, action: ActionKey): Promise<{ innovation: StoredInnovation; edition: Edition }> => {
  const innovation = await getInnovation(innovationId);
  requireOwner(innovation, caller);
  const edition = await getEdition(innovation.editionId);
  requireStage(edition, now, ['REGISTRATION'], action);
  requireDraft(innovation);
  return { innovation, edition };
};

export const ownDraft = async (innovationId: string, caller: Caller, now: Date, action: ActionKey): Promise<StoredInnovation> =>
  (await ownDraftIn(innovationId, caller, now, action)).innovation;
