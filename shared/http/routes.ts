/** The one route table. The CDK API stack and the local HTTP server are both generated from it, so
 * the deployed API and the local one cannot drift. Each route names the handler file in
 * `functions/` that serves it and the Cognito groups allowed to call it (`public`: no token needed;
 * `any`: any signed-in user, the handler decides more finely). Kept free of imports so every handler
 * can read its own entry without pulling in anything else. */
export const ROLES = ['participant', 'jury', 'verifier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The request headers a browser on another origin may send: the deployed API's CORS and the local
 * server's preflight answer both list these. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'if-match', 'idempotency-key', 'accept-language'];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  method: HttpMethod;
  path: string;
  handler: string;
  roles: readonly Role[] | 'public' | 'any';
  summary: string;
  /** Retries carrying the same `Idempotency-Key` header get the first answer and create nothing new. */
  idempotent?: boolean;
}

export const routes = {
  health: { method: 'GET', path: '/health', handler: 'health', roles: 'public', summary: 'Liveness and version' },
  getEdition: { method: 'GET', path: '/editions/{editionId}', handler: 'get-edition', roles: 'public', summary: 'Edition, calendar, categories, rubric and current stage' },
  registerInnovation: { method: 'POST', path: '/editions/{editionId}/innovations', handler: 'register-innovation', roles: ['participant'], summary: 'Register an innovation (draft)', idempotent: true },
  listInnovations: { method: 'GET', path: '/editions/{editionId}/innovations', handler: 'list-innovations', roles: 'any', summary: 'List innovations: admin all, jury/verifier assigned, participant own' },
  getInnovation: { method: 'GET', path: '/innovations/{id}', handler: 'get-innovation', roles: 'any', summary: 'One innovation with its documents' },
  updateInnovation: { method: 'PATCH', path: '/innovations/{id}', handler: 'update-innovation', roles: ['participant'], summary: 'Edit a draft' },
  requestDocumentUpload: { method: 'POST', path: '/innovations/{id}/documents', handler: 'request-document-upload', roles: ['participant'], summary: 'Presigned upload for one document', idempotent: true },
  getDocument: { method: 'GET', path: '/innovations/{id}/documents/{documentId}', handler: 'get-document', roles: 'any', summary: 'Read a stored document: 302 to a presigned GET (or {url, expiresAt} with Accept: application/json); after submission, the bytes checked at submission' },
  submitInnovation: { method: 'POST', path: '/innovations/{id}/submit', handler: 'submit-innovation', roles: ['participant'], summary: 'Final submission', idempotent: true },
  listInstitutions: { method: 'GET', path: '/institutions', handler: 'list-institutions', roles: 'any', summary: 'The institution registry' },
  putInstitution: { method: 'PUT', path: '/institutions/{institutionId}', handler: 'put-institution', roles: ['admin'], summary: 'Create or update an institution' },
  getCompliance: { method: 'GET', path: '/editions/{editionId}/compliance', handler: 'get-compliance', roles: ['admin'], summary: 'One-agency-one-innovation compliance report' },
  putAssignments: { method: 'PUT', path: '/editions/{editionId}/assignments', handler: 'put-assignments', roles: ['admin'], summary: 'Assign jury and verifiers to categories; record conflicts of interest' },
  getAssignments: { method: 'GET', path: '/editions/{editionId}/assignments', handler: 'get-assignments', roles: ['admin'], summary: 'The edition\'s panel and declared conflicts' },
  putEligibility: { method: 'PUT', path: '/innovations/{id}/eligibility', handler: 'put-eligibility', roles: ['admin'], summary: 'Administrative screening: eligible or not, with a reason' },
  putScore: { method: 'PUT', path: '/innovations/{id}/scores/{round}', handler: 'put-score', roles: ['jury'], summary: 'One judge\'s rubric scores (upsert until the window closes)' },
  getScores: { method: 'GET', path: '/innovations/{id}/scores/{round}', handler: 'get-scores', roles: ['jury', 'admin'], summary: 'A judge reads back their own score; the secretariat all scores' },
  requestEvidenceUpload: { method: 'POST', path: '/innovations/{id}/verification/evidence', handler: 'request-evidence-upload', roles: ['verifier'], summary: 'Presigned upload for one piece of field-verification evidence', idempotent: true },
  getEvidence: { method: 'GET', path: '/innovations/{id}/verification/evidence/{evidenceId}', handler: 'get-evidence', roles: ['admin', 'jury', 'verifier'], summary: 'Read one piece of field-verification evidence: 302 to a presigned GET (or {url, expiresAt} with Accept: application/json)' },
  putVerification: { method: 'PUT', path: '/innovations/{id}/verification', handler: 'put-verification', roles: ['verifier'], summary: 'Field verification: result, score, findings, evidence' },
  computeRanking: { method: 'POST', path: '/editions/{editionId}/rankings/{round}', handler: 'compute-ranking', roles: ['admin'], summary: 'Compute a round\'s ranking (idempotent)' },
  getRanking: { method: 'GET', path: '/editions/{editionId}/rankings/{round}', handler: 'get-ranking', roles: ['admin', 'jury'], summary: 'A computed ranking with every row\'s breakdown' },
  announce: { method: 'POST', path: '/editions/{editionId}/announcement', handler: 'announce', roles: ['admin'], summary: 'Publish the winners: the edition becomes ANNOUNCED' },
  getResults: { method: 'GET', path: '/editions/{editionId}/results', handler: 'get-results', roles: 'public', summary: 'Nominees and winners per category, once announced' },
  getInnovationAudit: { method: 'GET', path: '/innovations/{id}/audit', handler: 'get-innovation-audit', roles: ['admin'], summary: 'The audit trail of one innovation' },
  putEdition: { method: 'PUT', path: '/editions/{editionId}', handler: 'put-edition', roles: ['admin'], summary: 'Create next year\'s edition (or revise it before it starts); its schedules follow' },
  putCalendar: { method: 'PUT', path: '/editions/{editionId}/calendar', handler: 'put-calendar', roles: ['admin'], summary: 'Move windows that have not ended; pending schedules follow' },
  getEditionAudit: { method: 'GET', path: '/editions/{editionId}/audit', handler: 'get-edition-audit', roles: ['admin'], summary: 'The audit trail of an edition (panel, calendar, rankings)' },
} as const satisfies Record<string, Route>;

export type RouteId = keyof typeof routes;
export const routeList = (): (Route & { id: RouteId })[] =>
  (Object.entries(routes) as [RouteId, Route][]).map(([id, r]) => ({ id, ...r }));
