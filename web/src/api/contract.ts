/** The API's shapes, as the web app sees them: every type is inferred from the shared zod schemas
 * and the route table. This folder is the only place in the web app that names routes or schemas,
 * so moving to other contract modules means editing only `web/src/api/`. */
import type * as z from 'zod/mini';
import type { ROUTE_RESPONSES } from '../../../shared/http/route-responses';
import { routes, type RouteId } from '../../../shared/http/routes';
import type { DocumentRequest, InnovationInput, InnovationPatch } from '../../../shared/schemas/innovation.schema';

export { routes, type RouteId };
export type { EditionView, Rubric, RubricCriterion } from '../../../shared/schemas/edition.schema';
export type { DocumentKind, Innovation, InnovationInput, InnovationPatch, InnovationStatus } from '../../../shared/schemas/innovation.schema';
export type { Results } from '../../../shared/schemas/ranking.schema';
export type { Role } from '../../../shared/http/routes';
/** How a token names its holder's groups and institution (Cognito's claims, the dev tokens' too). */
export { GROUPS_CLAIM, INSTITUTION_CLAIM, parseGroups } from '../../../shared/http/claims';
export type Stage = EditionOf['currentStage'];
type EditionOf = z.infer<(typeof ROUTE_RESPONSES)['getEdition']['schema']>;

/** What a route answers on success. */
export type ResponseOf<K extends RouteId> = z.infer<(typeof ROUTE_RESPONSES)[K]['schema']>;

/** The request bodies of the routes the web app sends a body to. */
export interface RequestBodies {
  registerInnovation: InnovationInput;
  updateInnovation: InnovationPatch;
  requestDocumentUpload: DocumentRequest;
}
export type BodyOf<K extends RouteId> = K extends keyof RequestBodies ? RequestBodies[K] : undefined;

/** `{id: string}` from `/innovations/{id}`. */
type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | ParamNames<Rest> : never;
export type PathParams<K extends RouteId> = { [N in ParamNames<(typeof routes)[K]['path']>]: string };
