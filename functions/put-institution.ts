/** PUT /institutions/{institutionId} — API Gateway HTTP API (payload 2.0). The secretariat keeps the
 * institution registry: 201 when created, 200 when updated. */
import { putInstitution } from '#shared/data/institutions';
import { httpHandler } from '#shared/http/handler';
import { putInstitution as contract } from '#shared/contracts/institution.contract';

export const handler = httpHandler(contract, async ({ path, body }) => {
  const institution = { ...body, institutionId: path.institutionId };
  const { created } = await putInstitution(institution);
  return { status: created ? 201 : 200, body: institution };
});
