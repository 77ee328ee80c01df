/** Key builders of the single table (see docs/data-model.md). Every item has PK/SK; list access goes
 * through GSI1 (GSI1PK/GSI1SK) and GSI2 (GSI2PK/GSI2SK). */
export const GSI1 = 'GSI1' as const;
export const GSI2 = 'GSI2' as const;

export const editionKey = (editionId: string) => ({ PK: `EDITION#${editionId}`, SK: '#EDITION' });
export const EDITIONS_PARTITION = 'EDITIONS';
export const boundaryKey = (editionId: string, boundary: string) => ({ PK: `EDITION#${editionId}`, SK: `BOUNDARY#${boundary}` });
export const BOUNDARY_PREFIX = 'BOUNDARY#';

export const innovationKey = (id: string) => ({ PK: `INNOVATION#${id}`, SK: '#INNOVATION' });
export const innovationsOfEdition = (editionId: string) => `EDITION#${editionId}#INNOVATIONS`;
export const innovationEditionSort = (category: string, createdAt: string, id: string) => `${category}#${createdAt}#${id}`;
export const innovationsOfOwner = (ownerId: string) => `OWNER#${ownerId}`;
export const innovationOwnerSort = (editionId: string, createdAt: string, id: string) => `${editionId}#${createdAt}#${id}`;

export const institutionKey = (institutionId: string) => ({ PK: `INSTITUTION#${institutionId}`, SK: '#INSTITUTION' });
export const INSTITUTIONS_PARTITION = 'INSTITUTIONS';

/** Per edition and institution: how many innovations it registered and submitted. */
export const tallyKey = (editionId: string, institutionId: string) => ({ PK: `EDITION#${editionId}`, SK: `TALLY#${institutionId}` });
export const TALLY_PREFIX = 'TALLY#';
/** Per edition and owner (account): how many innovations it registered, against the edition's cap. */
export const ownerTallyKey = (editionId: string, ownerId: string) => ({ PK: `EDITION#${editionId}`, SK: `OWNER#${ownerId}` });

export const auditPartition = (subject: string) => `AUDIT#${subject}`;

export const localClockKey = { PK: 'LOCAL', SK: 'CLOCK' };

export const assignmentsKey = (editionId: string) => ({ PK: `EDITION#${editionId}`, SK: 'ASSIGNMENTS' });

export const scoreKey = (innovationId: string, round: string, judgeId: string) => ({ PK: `INNOVATION#${innovationId}`, SK: `SCORE#${round}#${judgeId}` });
export const SCORE_PREFIX = 'SCORE#';
export const scoresOfRound = (editionId: string, round: string) => `EDITION#${editionId}#SCORES#${round}`;
export const scoreRoundSort = (category: string, innovationId: string, judgeId: string) => `${category}#${innovationId}#${judgeId}`;

export const verificationKey = (innovationId: string) => ({ PK: `INNOVATION#${innovationId}`, SK: 'VERIFICATION' });
export const verificationsOfEdition = (editionId: string) => `EDITION#${editionId}#VERIFICATIONS`;
export const verificationSort = (category: string, innovationId: string) => `${category}#${innovationId}`;

export const rankingHeaderKey = (editionId: string, round: string) => ({ PK: `EDITION#${editionId}`, SK: `RANKING#${round}` });
/** Rows live under a generation (the digest of their content), so a recomputation writes beside the
 * rows readers see and switches the header to them in one step. */
export const rankingRowsPartition = (editionId: string, round: string, generation: string) => `RANKING#${editionId}#${round}#${generation}`;
export const rankingRowSort = (category: string, position: number) => `${category}#${String(position).padStart(6, '0')}`;
export const evidenceKey = (innovationId: string, documentId: string) => ({ PK: `INNOVATION#${innovationId}`, SK: `EVIDENCE#${documentId}` });

/** An objection to a nominee, under its innovation; the edition's objections on GSI1. */
export const objectionKey = (innovationId: string, objectionId: string) => ({ PK: `INNOVATION#${innovationId}`, SK: `OBJECTION#${objectionId}` });
export const objectionsOfEdition = (editionId: string) => `EDITION#${editionId}#OBJECTIONS`;
export const objectionEditionSort = (createdAt: string, objectionId: string) => `${createdAt}#${objectionId}`;

/** An outbox notification by its deterministic key; the pending ones on GSI1. */
export const NOTIFICATION_PREFIX = 'NOTIFICATION#';
export const notificationKey = (key: string) => ({ PK: `${NOTIFICATION_PREFIX}${key}`, SK: '#NOTIFICATION' });
export const PENDING_NOTIFICATIONS = 'OUTBOX#PENDING';

/** The local stack's outbox: what its mailer "sent", by send time (never deployed). */
export const LOCAL_OUTBOX_PARTITION = 'LOCAL#OUTBOX';
