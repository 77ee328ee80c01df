/** PUT /institutions/{institutionId} — API Gateway HTTP API (payload 2.0). The secretariat keeps the
 * institution registry: 201 when created, 200 when updated. */
import * as z from 'zod/mini';
import { putInstitution } from '../shared/data/institutions';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';
import { InstitutionInput } from '../shared/schemas/institution.schema';

export const handler = httpHandler(
  routes.putInstitution,
  { path: z.object({ institutionId: Slug }), body: InstitutionInput },
  async ({ path, body }) => {
    const institution = { ...body, institutionId: path.institutionId };
    const { created } = await putInstitution(institution);
    return { status: created ? 201 : 200, body: institution };
  },
);
