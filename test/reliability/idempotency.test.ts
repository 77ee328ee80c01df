import type { LocalStack } from '#scripts/local/stack';
import { api, startTestStack, tableSnapshot, validInnovation } from '#test/support/stack';

let stack: LocalStack;
let http: ReturnType<typeof api>;
let participant: string;
beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await http.setClock('2023-10-12T09:00:00+08:00');
  participant = await http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});
afterAll(() => stack.stop());

const register = (key: string | undefined, body = validInnovation()) =>
  http.call('POST', '/editions/pik-2023/innovations', { token: participant, body, headers: key ? { 'idempotency-key': key } : {} });

const mine = async () => (await http.call('GET', '/editions/pik-2023/innovations', { token: participant })).body.items as { id: string }[];

test('a retried registration with the same Idempotency-Key returns the first answer and creates nothing new', async () => {
  const first = await register('retry-1');
  expect(first.status).toBe(201);
  const before = await tableSnapshot();
  const retry = await register('retry-1');
  expect(retry.status).toBe(201);
  expect(retry.body).toEqual(first.body);
  expect(await tableSnapshot()).toBe(before);
  expect((await mine()).filter((i) => i.id === first.body.id)).toHaveLength(1);
});

test('concurrent retries with one key create exactly one innovation', async () => {
  const count = (await mine()).length;
  const answers = await Promise.all(Array.from({ length: 5 }, () => register('burst-1')));
  const created = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
  expect(created.size).toBe(1);
  expect(answers.every((a) => a.status === 201 || (a.status === 409 && a.body.error.code === 'REQUEST_IN_PROGRESS'))).toBe(true);
  expect((await mine()).length).toBe(count + 1);
});

test('reusing a key with a different body is 409 and creates nothing', async () => {
  await register('reuse-1');
  const before = await tableSnapshot();
  const other = await register('reuse-1', validInnovation({ title: 'Judul lain sama sekali' }));
  expect(other.status).toBe(409);
  expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await tableSnapshot()).toBe(before);
});

test('the same key from another user is a separate request', async () => {
  const other = await http.token('peserta-kominfo-2', ['participant'], 'opd-diskominfo');
  const a = await register('shared-key');
  const b = await http.call('POST', '/editions/pik-2023/innovations', { token: other, body: validInnovation(), headers: { 'idempotency-key': 'shared-key' } });
  expect(b.status).toBe(201);
  expect(b.body.id).not.toBe(a.body.id);
});

test('without the header every request creates', async () => {
  const a = await register(undefined);
  const b = await register(undefined);
  expect(a.body.id).not.toBe(b.body.id);
});

test('after a key was reused with another body, a retry of the original still gets the first answer', async () => {
  const first = await register('keep-1');
  await register('keep-1', validInnovation({ title: 'Judul yang berbeda' }));
  const retry = await register('keep-1');
  expect(retry.body.id).toBe(first.body.id);
});
