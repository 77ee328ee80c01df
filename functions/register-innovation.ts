/** POST /editions/{editionId}/innovations — API Gateway HTTP API (payload 2.0). The "submit"
 * function of the brief: a participant registers a draft during REGISTRATION. */
import { randomUUID } from 'node:crypto';
import { getAll } from '#shared/data/dynamo';
import { editionRef, findEdition, requireEdition } from '#shared/data/editions';
import { createInnovation } from '#shared/data/innovations';
import { institutionRef } from '#shared/data/institutions';
import { checkEntrant, innovationView, newInnovation } from '#shared/domain/innovation-rules';
import { requireStage } from '#shared/domain/stage-rules';
import { idempotentHttpHandler } from '#shared/http/idempotent-handler';
import { registerInnovation as contract } from '#shared/contracts/innovation.contract';
import { DEFAULT_MAX_INNOVATIONS_PER_OWNER } from '#shared/schemas/edition.schema';

export const handler = idempotentHttpHandler(contract, async ({ path, body, caller, now }) => {
  const [found, institution] = body.institutionId
    ? await getAll([editionRef(path.editionId), institutionRef(body.institutionId)] as const)
    : [await findEdition(path.editionId), undefined];
  const edition = requireEdition(found, path.editionId);
  requireStage(edition, now, ['REGISTRATION'], 'ACTION_REGISTER_INNOVATION');
  checkEntrant(body, institution, caller, edition.categories);
  const innovation = newInnovation(body, { id: randomUUID(), editionId: edition.id }, caller, now);
  await createInnovation(innovation, edition.maxInnovationsPerOwner ?? DEFAULT_MAX_INNOVATIONS_PER_OWNER);
  return { status: 201, body: innovationView(innovation), headers: { location: `/innovations/${innovation.id}` } };
});
