/** The outbox's sender in the template: with an SES sender configured, the send-notifications function
 * reads the table's stream (new notification items only), may send e-mail from exactly the stage's
 * SES identity, retries a failed send through partial batch failures, then records it in its
 * dead-letter queue, which an alarm watches. Without a sender nothing of it is deployed. */
import { Match } from 'aws-cdk-lib/assertions';
import { MAX_SEND_ATTEMPTS } from '#shared/domain/notifications';
import { asArray, logicalIdOf, resourcesOf, synthesize, type Synthesized } from './support';

const SES = { sesFromEmail: 'no-reply@kukarkab.go.id', sesRegion: 'ap-southeast-1', sesVerifiedDomain: 'kukarkab.go.id' };

let s: Synthesized;
beforeAll(() => {
  s = synthesize(SES);
});

const senderStatements = () => {
  const fn = s.api.notifications!.function;
  const role = resourcesOf(s.templates.api, 'AWS::Lambda::Function')[logicalIdOf(s.api, fn)]!.Properties!.Role['Fn::GetAtt'][0];
  return Object.values(resourcesOf(s.templates.api, 'AWS::IAM::Policy'))
    .filter((p) => asArray(p.Properties!.Roles).some((r: { Ref?: string }) => r.Ref === role))
    .flatMap((p) => p.Properties!.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
    .map((st) => ({ actions: asArray(st.Action).sort(), resource: JSON.stringify(s.api.resolve(st.Resource)) }));
};

it('keys only on the table stream', () => {
  s.templates.data.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'KEYS_ONLY' } });
  s.templates.data.hasOutput('TableStreamArn', { Export: { Name: 'Kukar-dev-TableStreamArn' } });
});

it('grants the sender ses:SendEmail on the SES identity alone, and nothing else of SES', () => {
  const ses = senderStatements().filter((st) => st.actions.some((a) => a.startsWith('ses:')));
  expect(ses).toEqual([{ actions: ['ses:SendEmail'], resource: JSON.stringify({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:ap-southeast-1:', { Ref: 'AWS::AccountId' }, ':identity/kukarkab.go.id']] }) }]);
  s.templates.api.hasResourceProperties('AWS::Lambda::Function', {
    Environment: { Variables: Match.objectLike({ MAIL_FROM: 'no-reply@kukarkab.go.id', SES_REGION: 'ap-southeast-1' }) },
  });
});

it('grants the sender the table (read and mark), its streams read, its dead-letter queue, its logs: nothing more', () => {
  const statements = senderStatements();
  const queueArn = JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(s.api, s.api.notifications!.notifier.deadLetterQueue), 'Arn'] });
  expect(statements.filter((st) => st.actions.some((a) => a.startsWith('sqs:')))).toEqual([{ actions: ['sqs:SendMessage'], resource: queueArn }]);
  const streams = statements.filter((st) => st.actions.includes('dynamodb:GetRecords'));
  expect(streams).toEqual([
    { actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], resource: JSON.stringify({ 'Fn::Join': ['', [{ 'Fn::ImportValue': 'Kukar-dev-TableArn' }, '/stream/*']] }) },
  ]);
  const kinds = statements.map((st) => st.actions[0]!.split(':')[0]).sort();
  expect([...new Set(kinds)]).toEqual(['dynamodb', 'logs', 'ses', 'sqs']);
});

it('is fed by the stream: new notification items only, partial batch failures, retries as the outbox allows, then the dead-letter queue', () => {
  const queue = logicalIdOf(s.api, s.api.notifications!.notifier.deadLetterQueue);
  s.templates.api.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: { 'Fn::ImportValue': 'Kukar-dev-TableStreamArn' },
    FunctionName: { Ref: logicalIdOf(s.api, s.api.notifications!.function) },
    StartingPosition: 'TRIM_HORIZON',
    BatchSize: 10,
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    MaximumRetryAttempts: MAX_SEND_ATTEMPTS - 1,
    MaximumRecordAgeInSeconds: 86400,
    DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { Keys: { PK: { S: [{ prefix: 'NOTIFICATION#' }] } } } }) }] },
  });
});

it('alarms the stage topic while a notification waits in the dead-letter queue, and while batches fail', () => {
  const queue = logicalIdOf(s.api, s.api.notifications!.notifier.deadLetterQueue);
  s.templates.api.hasResourceProperties('AWS::CloudWatch::Alarm', {
    AlarmName: 'Kukar-dev-Notifications-DeadLetters',
    MetricName: 'ApproximateNumberOfMessagesVisible',
    Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
    Threshold: 0,
    ComparisonOperator: 'GreaterThanThreshold',
    AlarmActions: [{ 'Fn::ImportValue': 'Kukar-dev-AlarmTopicArn' }],
  });
  s.templates.api.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'Kukar-dev-Notifications-FunctionErrors', MetricName: 'Errors' });
});

it('without an SES sender, deploys no sender (notifications wait in the table)', () => {
  const plain = synthesize();
  expect(plain.api.notifications).toBeUndefined();
  expect(Object.keys(resourcesOf(plain.templates.api, 'AWS::Lambda::EventSourceMapping'))).toEqual([]);
});
