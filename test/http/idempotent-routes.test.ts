import { routeList } from '../../shared/http/routes';

test.each(routeList().map((r) => [r.id, r] as const))('%s is built idempotent exactly when the route table says so', async (_id, route) => {
  const { handler } = (await import(`../../functions/${route.handler}`)) as { handler: { idempotent?: boolean } };
  expect(Boolean(handler.idempotent)).toBe(Boolean(route.idempotent));
});
