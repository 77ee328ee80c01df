/** Key builders of the single table (see docs/data-model.md). Every item has PK/SK; list access goes
 * through GSI1 (GSI1PK/GSI1SK) and GSI2 (GSI2PK/GSI2SK). */
export const GSI1 = 'GSI1';
export const GSI2 = 'GSI2';

export const editionKey = (editionId: string) => ({ PK: `EDITION#${editionId}`, SK: '#EDITION' });

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

export const auditPartition = (subject: string) => `AUDIT#${subject}`;

export const localClockKey = { PK: 'LOCAL', SK: 'CLOCK' };
