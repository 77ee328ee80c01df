/** The outbox's sender: no route; the single table's stream invokes it with each new notification
 * item (`NOTIFICATION#…`, INSERT only), and it sends them through Amazon SES. The local stack runs the
 * same use case (`deliver`) with its own outbox instead. */
import { defineFunction, STANDARD_SIZING, WRITES_TABLE } from './contract';

export const sendNotifications = /* @__PURE__ */ defineFunction(() => ({
  handler: 'send-notifications',
  summary: 'DynamoDB stream target: sends each new outbox notification by e-mail through Amazon SES',
  // Reads a notification and marks it sent or failed; sends from the stage's SES identity.
  access: { ...WRITES_TABLE, mail: 'send' },
  // A batch is at most 10 sends of a second or less each.
  sizing: STANDARD_SIZING,
}));
