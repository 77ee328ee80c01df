/** Least privilege: no wildcard actions, nothing on every resource, and each function holds exactly
 * the table, bucket and schedule actions its contract declares. */
import type { Template } from 'aws-cdk-lib/assertions';
import { bucketGrants, DOCUMENTS_PREFIX, SUBMITTED_PREFIX, scheduleActions, tableActions } from '#infra/function-access';
import type { FunctionContract } from '#shared/contracts/contract';
import { FUNCTIONS, ROUTES } from '#shared/contracts/route-table';
import { stageTransition } from '#shared/contracts/stage-transition.contract';
import { asArray, BEFORE_SEED_EDITION, logicalIdOf, resourcesOf, synthesize, type Synthesized } from './support';

let s: Synthesized;
beforeAll(() => {
  s = synthesize({ scheduleAfter: BEFORE_SEED_EDITION });
});

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Condition?: unknown;
  NotAction?: unknown;
  NotResource?: unknown;
}

/** Every statement of identity policies (IAM policies and roles' inline policies) and resource policies. */
const statementsOf = (template: Template): { where: string; statement: Statement }[] => {
  const out: { where: string; statement: Statement }[] = [];
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    const documents = [
      r.Properties?.PolicyDocument,
      ...asArray(r.Properties?.Policies as { PolicyDocument: unknown }[] | undefined).map((p) => p.PolicyDocument),
    ].filter(Boolean) as { Statement: Statement[] }[];
    for (const doc of documents) for (const statement of doc.Statement) out.push({ where: `${r.Type} ${id}`, statement });
  }
  return out;
};

const templates = () => Object.values(s.templates);

it('grants no wildcard action, and no wildcard action on every resource', () => {
  for (const template of templates())
    for (const { where, statement } of statementsOf(template)) {
      if (statement.Effect !== 'Allow') continue;
      expect({ where, notAction: statement.NotAction, notResource: statement.NotResource }).toEqual({ where, notAction: undefined, notResource: undefined });
      const actions = asArray(statement.Action);
      expect({ where, star: actions.filter((a) => a === '*' || a.endsWith(':*')) }).toEqual({ where, star: [] });
      if (asArray(statement.Resource).includes('*')) expect({ where, wildcardOnStar: actions.filter((a) => a.includes('*')) }).toEqual({ where, wildcardOnStar: [] });
    }
});

it('grants no Allow statement on Resource "*" at all', () => {
  for (const template of templates())
    for (const { where, statement } of statementsOf(template))
      if (statement.Effect === 'Allow') expect({ where, resource: asArray(statement.Resource).includes('*') }).toEqual({ where, resource: false });
});

describe('each function holds exactly what its contract declares', () => {
  // The route table's handlers (Api stack) and the scheduler's target (Schedules stack).
  const contracts: FunctionContract[] = [...new Map(ROUTES.map((r) => [r.handler, r])).values(), stageTransition];
  const STAGE_TRANSITION = stageTransition.handler;

  const allowedFor = (handler: string) => {
    const [stack, template] = handler === STAGE_TRANSITION ? [s.schedules, s.templates.schedules] : [s.api, s.templates.api];
    const fn = handler === STAGE_TRANSITION ? s.schedules.stageTransition.function : s.api.functionOf(handler);
    const fnProps = resourcesOf(template, 'AWS::Lambda::Function')[logicalIdOf(stack, fn)].Properties!;
    const roleId = fnProps.Role['Fn::GetAtt'][0] as string;
    const logGroupId = fnProps.LoggingConfig.LogGroup.Ref as string;
    const statements = Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
      .filter((p) => asArray(p.Properties!.Roles).some((r: { Ref?: string }) => r.Ref === roleId))
      .flatMap((p) => p.Properties!.PolicyDocument.Statement as Statement[]);
    return { statements, logGroupId, stack };
  };

  const withPrefix = (statements: Statement[], prefix: string) => statements.filter((st) => asArray(st.Action).some((a) => a.startsWith(prefix)));

  it.each(contracts.map((c) => [c.handler, c] as const))('%s', (handler, { access }) => {
    const { statements, logGroupId, stack } = allowedFor(handler);
    const resourceText = (st: Statement) => JSON.stringify(stack.resolve(st.Resource));
    expect(statements.every((st) => st.Effect === 'Allow')).toBe(true);

    const logs = statements.filter((st) => asArray(st.Action).every((a) => a.startsWith('logs:')));
    expect(logs).toHaveLength(1);
    expect(logs[0].Resource).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });

    const table = withPrefix(statements, 'dynamodb:');
    expect(table.flatMap((st) => asArray(st.Action)).sort()).toEqual(tableActions(access.table).sort());
    for (const st of table) expect(resourceText(st)).toContain('Kukar-dev-TableArn');

    // Object actions exactly on the declared prefixes (no bucket-wide `/*`), ListBucket with reads.
    const bucket = withPrefix(statements, 's3:');
    // (action, prefix) pairs: CDK merges statements that share their resources.
    const objectGrants = bucket
      .filter((st) => asArray(st.Action).some((a) => a.endsWith('Object')))
      .flatMap((st) =>
        asArray(st.Action).flatMap((action) => asArray(stack.resolve(st.Resource)).map((r) => `${action} ${/\/([a-z-]+\/)\*"?\]*\}?$/.exec(JSON.stringify(r))?.[1]}`)),
      )
      .sort();
    expect(objectGrants).toEqual(bucketGrants(access.bucket).flatMap((g) => g.actions.flatMap((a) => g.prefixes.map((p) => `${a} ${p}`))).sort());
    const listed = bucket.filter((st) => asArray(st.Action).includes('s3:ListBucket'));
    expect(listed).toHaveLength(access.bucket?.read?.length ? 1 : 0);
    for (const st of bucket) expect(resourceText(st)).not.toMatch(/BucketArn[^/]*\/\*/);

    // Run-time schedules: create/delete in the run-time group only, and hand the scheduler's role to
    // EventBridge Scheduler only.
    const scheduling = withPrefix(statements, 'scheduler:');
    expect(scheduling.flatMap((st) => asArray(st.Action)).sort()).toEqual(scheduleActions(access.schedules).sort());
    for (const st of scheduling) expect(resourceText(st)).toMatch(/:schedule\/.*Kukar-dev-RuntimeScheduleGroupName.*\/\*"\]\]\}$/);
    const passRole = withPrefix(statements, 'iam:');
    expect(passRole).toEqual(
      access.schedules === 'manage'
        ? [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: { 'Fn::ImportValue': 'Kukar-dev-SchedulerRoleArn' }, Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } } }]
        : [],
    );

    // The scheduler's target records a run that failed for good in the stage clock's dead-letter queue
    // (its asynchronous-invocation failure destination); no other function touches a queue.
    const queue = withPrefix(statements, 'sqs:');
    if (handler === STAGE_TRANSITION)
      expect(queue).toEqual([{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [logicalIdOf(s.schedules, s.schedules.clock.deadLetterQueue), 'Arn'] } }]);
    else expect(queue).toEqual([]);

    expect(logs.length + table.length + bucket.length + scheduling.length + passRole.length + queue.length).toBe(statements.length);
  });
});

describe('submitted copies are out of every upload form’s reach', () => {
  it('only the functions that check what they keep (submission, verification) write under submitted/; none that hands out upload forms', () => {
    const accesses = FUNCTIONS.map((f) => [f.handler, f.access] as const);
    const writers = accesses.filter(([, a]) => a.bucket?.put?.includes('submitted') || a.bucket?.delete?.includes('submitted')).map(([h]) => h);
    expect(writers.sort()).toEqual(['put-verification', 'submit-innovation']);
    // Nothing deletes an upload, and only those two delete at all (the copies of a refused check).
    expect(accesses.filter(([, a]) => a.bucket?.delete?.length).map(([h]) => h).sort()).toEqual(['put-verification', 'submit-innovation']);
    for (const [h, a] of accesses) expect({ h, deletes: a.bucket?.delete ?? [] }).toEqual({ h, deletes: a.bucket?.delete ? ['submitted'] : [] });
    const formIssuers = ['request-document-upload', 'request-evidence-upload'];
    for (const h of formIssuers) expect({ h, put: FUNCTIONS.find((f) => f.handler === h)?.access.bucket?.put }).toEqual({ h, put: ['uploads'] });
    expect(SUBMITTED_PREFIX).not.toBe(DOCUMENTS_PREFIX);
    expect(SUBMITTED_PREFIX.startsWith(DOCUMENTS_PREFIX) || DOCUMENTS_PREFIX.startsWith(SUBMITTED_PREFIX)).toBe(false);
  });
});
