/** The OpenAPI 3.1 description, generated from the route contracts (their zod request schemas and
 * declared responses) — never maintained by hand. `npm run openapi` writes
 * docs/openapi.json; the local stack serves it at /openapi.json. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import type { DescribedRoute } from '#shared/contracts/contract';
import { ROUTES } from '#shared/contracts/route-table';
import { ErrorBody } from '#shared/schemas/common.schema';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; anyOf?: JsonSchema[] };

const jsonSchema = (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** The properties of an object schema, or of every member of a union of objects. */
const propertiesOf = (schema: JsonSchema): { properties: Record<string, JsonSchema>; required: Set<string> } => {
  const members = schema.anyOf ?? [schema];
  return {
    properties: Object.assign({}, ...members.map((m) => m.properties ?? {})),
    required: new Set(members.flatMap((m) => m.required ?? [])),
  };
};

const ERRORS: Record<number, string> = {
  400: 'Invalid input: `details` names each failing field',
  401: 'Missing or invalid token',
  403: 'Role, ownership or assignment does not allow it',
  404: 'Not found',
  409: 'Wrong stage (the body names the stage and its window), wrong state, duplicate or version conflict',
  413: 'Body too large',
  503: 'A dependency is throttled or unavailable; retry after `Retry-After` seconds',
};

/** Every route words its error messages in Indonesian unless the request prefers English. */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'Language of `error.message` and `error.details[].message`: Indonesian (`id`, the default) or English (`en`, e.g. `en-US,en;q=0.9`). The answer names it in `Content-Language`.',
};

export const buildOpenApi = (): Record<string, unknown> => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly DescribedRoute[]) {
    const { request: schemas, response } = route;
    const pathNames = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathProps = schemas.path ? propertiesOf(jsonSchema(schemas.path, 'input')).properties : {};
    const query = schemas.query ? propertiesOf(jsonSchema(schemas.query, 'input')) : undefined;
    const parameters = [
      ...pathNames.map((name) => ({ name, in: 'path', required: true, schema: pathProps[name] ?? { type: 'string' } })),
      ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', required: query!.required.has(name) && !('default' in schema), schema })),
      ACCEPT_LANGUAGE,
      ...(response.statuses.includes(302)
        ? [{ name: 'Accept', in: 'header', required: false, schema: { type: 'string' }, description: '`application/json` answers 200 `{url, expiresAt}` instead of the 302' }]
        : []),
      ...(route.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Retries with the same key get the first answer' }] : []),
    ];
    const success = Object.fromEntries(
      response.statuses.map((status) => [
        String(status),
        {
          description: status === 201 ? 'Created' : status === 302 ? 'Found: `Location` is a presigned GET of a few minutes (served as an attachment with the stored name and type); the body repeats it' : 'OK',
          ...(status === 302 ? { headers: { Location: { description: 'The presigned GET', schema: { type: 'string', format: 'uri' } } } } : {}),
          content: {
            'application/json': { schema: jsonSchema(response.schema, 'output') },
            ...(response.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
          },
        },
      ]),
    );
    const errors = Object.fromEntries(
      Object.entries(ERRORS)
        .filter(([status]) => route.roles !== 'public' || !['401', '403'].includes(status))
        .map(([status, description]) => [status, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
    );
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.path.split('/')[1]],
      ...(route.roles === 'public' ? { security: [] } : { description: `Roles: ${route.roles === 'any' ? 'any signed-in user' : route.roles.join(', ')}` }),
      ...(parameters.length ? { parameters } : {}),
      ...(schemas.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(schemas.body, 'input') } } } } : {}),
      responses: { ...success, ...errors },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kukar Innovation Week API',
      version: '1.0.0',
      description: 'Pekan Inovasi dan Kreativitas, Kabupaten Kutai Kartanegara. All times are WITA (Asia/Makassar, +08:00).',
    },
    servers: [{ url: 'http://127.0.0.1:3000', description: 'local stack (npm start)' }],
    security: [{ cognito: [] }],
    components: {
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Cognito ID token (locally: POST /_local/token)' } },
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
    },
    paths,
  };
};

if (require.main === module) {
  const doc = buildOpenApi();
  const file = resolve(__dirname, '../docs/openapi.json');
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  console.log(`wrote ${file} (${Object.keys(doc.paths as object).length} paths)`);
}
