/** The user pool issues what the handlers read: `sub`, `cognito:groups` and `custom:institutionId`,
 * the last one written by admins only. */
import { Match } from 'aws-cdk-lib/assertions';
import { withDefaultGroup } from '#infra/triggers/participant-by-default';
import { INSTITUTION_CLAIM } from '#shared/http/claims';
import { ROLES } from '#shared/vocabulary/roles';
import { resourcesOf, synthesize, type Synthesized } from './support';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

it('has one group per role of the route table', () => {
  const groups = Object.values(resourcesOf(s.templates.identity, 'AWS::Cognito::UserPoolGroup')).map((g) => g.Properties!.GroupName);
  expect(groups.sort()).toEqual([...ROLES].sort());
});

it('has the custom attribute institutionId, readable by both app clients but writable by neither', () => {
  const attribute = INSTITUTION_CLAIM.replace(/^custom:/, '');
  s.templates.identity.hasResourceProperties('AWS::Cognito::UserPool', {
    Schema: Match.arrayWith([Match.objectLike({ Name: attribute, AttributeDataType: 'String', Mutable: true })]),
  });
  const clients = Object.values(resourcesOf(s.templates.identity, 'AWS::Cognito::UserPoolClient'));
  expect(clients).toHaveLength(2);
  for (const client of clients) {
    expect(client.Properties!.ReadAttributes).toContain(INSTITUTION_CLAIM);
    expect(client.Properties!.WriteAttributes).not.toContain(INSTITUTION_CLAIM);
    expect(client.Properties).toMatchObject({ GenerateSecret: false, PreventUserExistenceErrors: 'ENABLED' });
  }
});

it('lets people sign up with a verified e-mail, and is retained with deletion protection', () => {
  s.templates.identity.hasResource('AWS::Cognito::UserPool', {
    DeletionPolicy: 'Retain',
    Properties: Match.objectLike({
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      DeletionProtection: 'ACTIVE',
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: Match.anyValue(), RequireSymbols: true, RequireUppercase: true, RequireNumbers: true }) },
    }),
  });
});

it('gives self-registered accounts the participant group in their tokens, through a pre token generation trigger', () => {
  const [fnId] = Object.keys(resourcesOf(s.templates.identity, 'AWS::Lambda::Function'));
  s.templates.identity.hasResourceProperties('AWS::Cognito::UserPool', {
    LambdaConfig: { PreTokenGeneration: { 'Fn::GetAtt': [fnId, 'Arn'] } },
  });
  s.templates.identity.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'cognito-idp.amazonaws.com', FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] } });
});

it('outputs the user pool id, the client id and the issuer', () => {
  for (const output of ['UserPoolId', 'UserPoolClientId', 'UserPoolWebClientId', 'ManagedLoginUrl', 'Issuer']) s.templates.identity.hasOutput(output, {});
});

describe("Cognito's e-mails through SES", () => {
  const emailConfiguration = (context: Record<string, unknown>) =>
    Object.values(resourcesOf(synthesize(context).templates.identity, 'AWS::Cognito::UserPool'))[0].Properties!.EmailConfiguration;

  it('names the verified address as the source, or the verified domain when the team verified the domain', () => {
    const address = emailConfiguration({ sesFromEmail: 'no-reply@kukarkab.go.id', sesRegion: 'ap-southeast-3' });
    expect(address).toMatchObject({ EmailSendingAccount: 'DEVELOPER', From: 'Pekan Inovasi Kukar <no-reply@kukarkab.go.id>' });
    expect(JSON.stringify(address.SourceArn)).toContain('identity/no-reply@kukarkab.go.id');
    const domain = emailConfiguration({ sesFromEmail: 'no-reply@kukarkab.go.id', sesRegion: 'ap-southeast-3', sesVerifiedDomain: 'kukarkab.go.id' });
    expect(JSON.stringify(domain.SourceArn)).toMatch(/identity\/kukarkab\.go\.id"/);
  });

  it("refuses a verified domain that is not the sender's", () => {
    expect(() => synthesize({ sesFromEmail: 'no-reply@kukarkab.go.id', sesVerifiedDomain: 'example.org' })).toThrow(/sesVerifiedDomain/);
  });
});

describe('first admin (context adminEmail)', () => {
  it('is not created by default', () => {
    s.templates.identity.resourceCountIs('AWS::Cognito::UserPoolUser', 0);
  });

  it('is created in the admin group, and retained', () => {
    const withAdmin = synthesize({ adminEmail: 'inovasi@kukarkab.go.id' });
    withAdmin.templates.identity.hasResource('AWS::Cognito::UserPoolUser', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Username: 'inovasi@kukarkab.go.id',
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: Match.arrayWith([{ Name: 'email_verified', Value: 'true' }]),
      }),
    });
    withAdmin.templates.identity.hasResourceProperties('AWS::Cognito::UserPoolUserToGroupAttachment', { GroupName: 'admin', Username: 'inovasi@kukarkab.go.id' });
  });
});

describe('participant-by-default trigger', () => {
  const event = (groups: string[] | undefined, claimsOverrideDetails: unknown = null) =>
    ({
      version: '1',
      triggerSource: 'TokenGeneration_Authentication',
      region: 'ap-southeast-3',
      userPoolId: 'pool',
      userName: 'u',
      callerContext: { awsSdkVersion: 'x', clientId: 'c' },
      request: { userAttributes: { sub: 'u' }, groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: null } },
      response: { claimsOverrideDetails },
    }) as never;

  it('puts an account in no group into participant', () => {
    for (const groups of [[], undefined]) {
      const out = withDefaultGroup(event(groups));
      expect((out as any).response.claimsOverrideDetails.groupOverrideDetails.groupsToOverride).toEqual(['participant']);
    }
  });

  it('leaves the groups the secretariat gave unchanged', () => {
    for (const groups of [['admin'], ['jury', 'verifier'], ['participant']]) {
      const e = event(groups);
      expect(withDefaultGroup(e)).toBe(e);
    }
  });

  it('keeps other claim overrides', () => {
    const out = withDefaultGroup(event([], { claimsToSuppress: ['x'] }));
    expect((out as any).response.claimsOverrideDetails).toEqual({ claimsToSuppress: ['x'], groupOverrideDetails: { groupsToOverride: ['participant'] } });
  });
});
