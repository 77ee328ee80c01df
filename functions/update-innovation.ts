/** PATCH /innovations/{id} — API Gateway HTTP API (payload 2.0). The owner edits a draft during
 * REGISTRATION; `version` in the body or `If-Match` guards against overwriting someone else's edit. */
import { saveInnovation } from '#shared/data/innovations';
import { innovationView, stamp } from '#shared/domain/innovation-rules';
import { requireSameVersion } from '#shared/domain/optimistic-lock';
import { httpHandler } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/if-match';
import { updateInnovation as contract } from '#shared/contracts/innovation.contract';
import { ownDraft } from '#shared/use-cases/own-draft';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const innovation = await ownDraft(path.id, caller, now, 'ACTION_EDIT_INNOVATION');
  const { version, ...changes } = body;
  requireSameVersion('innovation', version ?? ifMatchVersion(headers), innovation.version);
  const next = stamp(innovation, changes, now);
  await saveInnovation(next, innovation.version);
  return { body: innovationView(next), headers: { etag: `"${next.version}"` } };
});
