/** The single table's key schema, declared once: the CDK data stack and the local stack both build
 * the table from it, and docs/data-model.md describes it. */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;

export const TABLE_INDEXES = [
  { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
] as const;

/** Items with this attribute (epoch seconds) expire: idempotency records. */
export const TTL_ATTRIBUTE = 'expiration';
