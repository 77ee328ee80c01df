/** (handler) --> own draft --> data + entrant and stage rules. The innovation a participant changes:
 * theirs, still a draft, while the edition is in REGISTRATION (the edition id comes from the
 * innovation, so the two reads follow each other). */
import { getEdition } from '#shared/data/editions';
import { getInnovation } from '#shared/data/innovations';
import { requireDraft, requireOwner } from '#shared/domain/innovation-rules';
import { requireStage } from '#shared/domain/stage-rules';
import type { Caller } from '#shared/vocabulary/caller';
import type { ActionKey } from '#shared/messages/catalogue';
import type { Edition } from '#shared/schemas/edition.schema';
import type { StoredInnovation } from '#shared/schemas/innovation.schema';

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
