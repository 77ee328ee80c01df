import { ROUTES } from '#shared/contracts/route-table';

test.each(ROUTES.map((r) => [r.id, r] as const))('%s is built idempotent exactly when its contract says so', async (_id, route) => {
  const { handler } = (await import(`../../functions/${route.handler}`)) as { handler: { idempotent?: boolean } };
  expect(Boolean(handler.idempotent)).toBe(route.idempotent);
});
