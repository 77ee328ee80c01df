/** The deployed sender (`functions/send-notifications.ts`) on real engines: a stream batch naming
 * notification items is sent through the real SES v2 client to an SES stand-in on loopback (an HTTP
 * server answering SendEmail, so no SDK is mocked); a send SES refuses is reported as a partial batch
 * failure and counted; a record whose notification was sent already is skipped; records of other
 * items are ignored. */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { createServer, type Server } from 'node:http';
import { enqueueNotifications, findNotification } from '#shared/data/notifications';
import { submissionReceipt } from '#shared/domain/notifications';
import type { LocalStack } from '#scripts/local/stack';
import { lambdaContext } from '#scripts/local/http-server';
import { startTestStack } from '#test/support/stack';

let stack: LocalStack;
let ses: Server;
/** What the stand-in received (one JSON body per SendEmail), and what it answers next. */
const received: Record<string, any>[] = [];
let refuse = false;
let handler: (event: DynamoDBStreamEvent, context: ReturnType<typeof lambdaContext>) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

const entry = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  title: `Inovasi ${n}`,
  contact: { name: 'Rina', email: `peserta${n}@sekolah.sch.id`, phone: '+62 812 5555 0102' },
  documents: [{ documentId: 'd', kind: 'PROPOSAL' as const, fileName: 'proposal.pdf', contentType: 'application/pdf', size: 2_500_000, key: 'k', status: 'UPLOADED' as const, createdAt: '2023-10-12T09:00:00+08:00' }],
  submittedAt: '2023-10-12T09:00:00+08:00',
});
const AT = new Date('2023-10-12T09:00:00+08:00');

/** A stream batch as Lambda hands it over (KEYS_ONLY images), one record per table key. */
const batch = (pks: string[]): DynamoDBStreamEvent => ({
  Records: pks.map((PK, i) => ({ eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { Keys: { PK: { S: PK }, SK: { S: '#NOTIFICATION' } }, SequenceNumber: `${100 + i}`, StreamViewType: 'KEYS_ONLY' } })),
});

beforeAll(async () => {
  stack = await startTestStack();
  ses = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (refuse) {
        res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'MessageRejected' });
        res.end(JSON.stringify({ message: 'Email address is not verified.' }));
        return;
      }
      received.push({ path: req.url, ...JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ MessageId: `m-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => ses.listen(0, '127.0.0.1', resolve));
  // As CDK sets them for the function; the SDK's own variable points SES at the stand-in.
  Object.assign(process.env, { MAIL_FROM: 'no-reply@kukarkab.go.id', AWS_ENDPOINT_URL_SESV2: `http://127.0.0.1:${(ses.address() as { port: number }).port}` });
  ({ handler } = await import('#functions/send-notifications'));
});
afterAll(async () => {
  await new Promise((resolve) => ses?.close(resolve));
  await stack?.stop();
});

test('sends each new notification once, through SES v2 SendEmail from the stage sender', async () => {
  const [one, two] = [submissionReceipt(entry(1), AT), submissionReceipt(entry(2), AT)];
  await enqueueNotifications([one, two]);
  const event = batch([`NOTIFICATION#${one.key}`, 'INNOVATION#not-a-notification', `NOTIFICATION#${two.key}`]);
  await expect(handler(event, lambdaContext('send-notifications'))).resolves.toEqual({ batchItemFailures: [] });
  expect(received).toEqual([
    expect.objectContaining({
      path: '/v2/email/outbound-emails',
      FromEmailAddress: 'no-reply@kukarkab.go.id',
      Destination: { ToAddresses: ['peserta1@sekolah.sch.id'] },
      Content: { Simple: { Subject: { Data: one.subject, Charset: 'UTF-8' }, Body: { Text: { Data: one.text, Charset: 'UTF-8' } } } },
      EmailTags: [{ Name: 'event', Value: 'SUBMISSION_RECEIPT' }],
    }),
    expect.objectContaining({ Destination: { ToAddresses: ['peserta2@sekolah.sch.id'] } }),
  ]);
  expect(one.text).toContain('- PROPOSAL "proposal.pdf", 2,5\u00a0MB');
  expect(await findNotification(one.key)).toMatchObject({ status: 'SENT', attempts: 0 });

  // Lambda hands the batch over again (a retry after a later record failed): nothing is sent twice.
  await expect(handler(event, lambdaContext('send-notifications'))).resolves.toEqual({ batchItemFailures: [] });
  expect(received).toHaveLength(2);
});

test('a send SES refuses is a partial batch failure, counted on the item; the retry sends it', async () => {
  const three = submissionReceipt(entry(3), AT);
  await enqueueNotifications([three]);
  const event = batch([`NOTIFICATION#${three.key}`]);
  refuse = true;
  await expect(handler(event, lambdaContext('send-notifications'))).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: '100' }] });
  expect(await findNotification(three.key)).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringContaining('MessageRejected') });
  refuse = false;
  await expect(handler(event, lambdaContext('send-notifications'))).resolves.toEqual({ batchItemFailures: [] });
  expect(await findNotification(three.key)).toMatchObject({ status: 'SENT', attempts: 1 });
  expect(received.filter((r) => r.Destination.ToAddresses[0] === 'peserta3@sekolah.sch.id')).toHaveLength(1);
});
