import { validate } from '@readme/openapi-parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi } from '#scripts/openapi';
import { ROUTES } from '#shared/contracts/route-table';
import type { LocalStack } from '#scripts/local/stack';
import { api, startTestStack } from '#test/support/stack';

let doc: Record<string, any>;
beforeAll(async () => {
  doc = buildOpenApi();
});

test('the description is valid OpenAPI 3.1', async () => {
  const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
  expect(result.valid ? [] : result.errors).toEqual([]);
  expect(doc.openapi).toBe('3.1.0');
  // The validator does refuse a broken description (so the check above can fail).
  const broken = structuredClone(doc);
  broken.paths['/health'].get.responses = 'none';
  expect((await validate(broken as Parameters<typeof validate>[0])).valid).toBe(false);
});

test('every route of the table is described once, with its request and response schemas', () => {
  const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
  expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  for (const route of ROUTES) {
    const op = doc.paths[route.path][route.method.toLowerCase()];
    expect(op.operationId).toBe(route.id);
    for (const status of route.response.statuses) expect(op.responses[String(status)].content['application/json'].schema).toBeDefined();
    if (['POST', 'PUT', 'PATCH'].includes(route.method) && !['submitInnovation', 'computeRanking', 'announce'].includes(route.id))
      expect(op.requestBody?.content['application/json'].schema).toBeDefined();
  }
});

test('the registration body names its required fields and the innovation its wire names', () => {
  const body = doc.paths['/editions/{editionId}/innovations'].post.requestBody.content['application/json'].schema;
  expect(body.required).toEqual(expect.arrayContaining(['title', 'category', 'contact']));
  const innovation = doc.paths['/innovations/{id}'].get.responses['200'].content['application/json'].schema;
  expect(Object.keys(innovation.properties)).toEqual(expect.arrayContaining(['id', 'editionId', 'ownerId', 'status', 'documents', 'createdAt', 'updatedAt', 'version']));
});

test('docs/openapi.json is the generated description, not a hand-kept copy (run npm run openapi)', () => {
  const committed = JSON.parse(readFileSync(resolve(__dirname, '../../docs/openapi.json'), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
});

describe('the local stack', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());
  test('serves the description at /openapi.json', async () => {
    const answer = await api(stack).call('GET', '/openapi.json');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.paths)).toEqual(Object.keys(doc.paths));
  });
});
