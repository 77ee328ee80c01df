/** GET /innovations/{id} — API Gateway HTTP API (payload 2.0). The owner and the secretariat read an
 * innovation with its documents. */
import { z } from 'zod';
import { getInnovation } from '../shared/data/innovations';
import { requireReader } from '../shared/domain/access';
import { innovationView } from '../shared/domain/innovation-rules';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { SystemId } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getInnovation, { path: z.object({ id: SystemId }) }, async ({ path, caller }) => {
  const innovation = await getInnovation(path.id);
  requireReader(innovation, caller);
  return { body: innovationView(innovation), headers: { etag: `"${innovation.version}"` } };
});
