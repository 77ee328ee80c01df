/** POST /innovations/{id}/submit — API Gateway HTTP API (payload 2.0). The owner's final submission
 * during REGISTRATION. Every uploaded document is frozen — copied to a key no upload reaches — and
 * checked there (size, type, file signature): uploads that never happened are dropped, a copy that is
 * not what was declared refuses the submission, and a PDF proposal must be among what remains. Every
 * read afterwards comes from the frozen copy. */
import { submitInnovation as contract } from '#shared/contracts/innovation.contract';
import { innovationView } from '#shared/domain/innovation-rules';
import { idempotentHttpHandler } from '#shared/http/idempotent-handler';
import { ownDraftIn } from '#shared/use-cases/own-draft';
import { submitDraft } from '#shared/use-cases/submit-draft';

export const handler = idempotentHttpHandler(contract, async ({ path, caller, now }) => {
  const { innovation, edition } = await ownDraftIn(path.id, caller, now, 'ACTION_SUBMIT_INNOVATION');
  return { body: innovationView(await submitDraft(innovation, edition, now)) };
});
