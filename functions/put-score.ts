/** PUT /innovations/{id}/scores/{round} — API Gateway HTTP API (payload 2.0). An assigned judge
 * scores an entry on the round's rubric, and may revise it until the window closes. Audited. */
import { putScore as contract } from '#shared/contracts/judging.contract';
import { httpHandler } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/if-match';
import { scoreEntry } from '#shared/use-cases/score-entry';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const { score, created } = await scoreEntry({ innovationId: path.id, round: path.round, input: body, expectedVersion: body.version ?? ifMatchVersion(headers), caller, now });
  return { status: created ? 201 : 200, body: score, headers: { etag: `"${score.version}"` } };
});
