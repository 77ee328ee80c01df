/** Who may call the API: a Cognito user pool with the groups the route table names, the custom
 * attribute `institutionId` (in the ID token as `custom:institutionId`, written by admins only), the
 * web app's client signing in through managed login (authorization code with PKCE), an app client for
 * operators' tools (tokens from the AWS CLI), self sign-up for participants, and optionally the first
 * admin account. */
import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { STANDARD_SIZING } from '#shared/contracts/contract';
import { ROLES } from '#shared/vocabulary/roles';
import { INSTITUTION_CLAIM } from '#shared/http/claims';
import { BundledFunction } from './bundled-function';

export interface UserDirectoryProps {
  logRetention: logs.RetentionDays;
  /** The first admin: created once, in the `admin` group; Cognito e-mails a temporary password. */
  adminEmail?: string;
  /** Send Cognito's e-mails through SES from this verified address. */
  sesFromEmail?: string;
  sesRegion?: string;
  /** The SES identity is this verified domain rather than the address itself. */
  sesVerifiedDomain?: string;
  /** Managed login for the web app: the domain prefix (`<prefix>.auth.<region>.amazoncognito.com`)
   * and where it may send the browser back after sign-in and sign-out (the site's own pages). */
  webSignIn: { domainPrefix: string; callbackUrls: string[]; logoutUrls: string[] };
}

/** The custom attribute's name without the `custom:` prefix the tokens carry. */
export const INSTITUTION_ATTRIBUTE = INSTITUTION_CLAIM.replace(/^custom:/, '');

/** Cognito orders a user's groups by precedence (lower first); we order them by privilege. */
const GROUP_PRECEDENCE: Record<(typeof ROLES)[number], number> = { admin: 0, verifier: 10, jury: 20, participant: 30 };
const GROUP_DESCRIPTION: Record<(typeof ROLES)[number], string> = {
  admin: 'Secretariat (Brida): runs the edition',
  jury: 'Tim Penilai: scores assigned innovations',
  verifier: 'Tim verifikasi lapangan: field verification of nominees',
  participant: 'Peserta: registers innovations (self-registered accounts count as participants)',
};

export class UserDirectory extends Construct {
  readonly userPool: cognito.UserPool;
  /** Operators' tools: SRP and the admin password flow (AWS credentials), no OAuth. */
  readonly client: cognito.UserPoolClient;
  /** The web app: managed login, authorization code with PKCE, no secret. */
  readonly webClient: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    if (props.sesFromEmail && !props.sesRegion && Token.isUnresolved(Stack.of(this).region))
      throw new Error('Context "sesRegion" is required with "sesFromEmail" when the region is not known at synth time (set AWS_REGION or a profile region, or pass -c sesRegion=...)');

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        [INSTITUTION_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 10,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      userVerification: {
        emailSubject: 'Kode verifikasi Pekan Inovasi Kukar',
        emailBody: 'Kode verifikasi akun Pekan Inovasi dan Kreativitas Kukar Anda: {####}',
        emailStyle: cognito.VerificationEmailStyle.CODE,
      },
      userInvitation: {
        emailSubject: 'Akun Pekan Inovasi Kukar',
        emailBody: 'Akun Anda untuk Pekan Inovasi dan Kreativitas Kukar: nama pengguna {username}, kata sandi sementara {####}',
      },
      ...(props.sesFromEmail
        ? {
              email: cognito.UserPoolEmail.withSES({
                fromEmail: props.sesFromEmail,
                fromName: 'Pekan Inovasi Kukar',
                ...(props.sesRegion ? { sesRegion: props.sesRegion } : {}),
                ...(props.sesVerifiedDomain ? { sesVerifiedDomain: props.sesVerifiedDomain } : {}),
              }),
            }
        : {}),
      deletionProtection: true,
      // Accounts, their groups and their institutions outlive the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional (TOTP) rather than required: participants are villagers, students, farmers and fishers signing up during a three-day registration window, many without an authenticator app. Secretariat, jury and verifier accounts are told to enable TOTP (docs/deploy.md).',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials feature plan: the Plus plan (threat protection) is billed per monthly active user, which is the regency\'s budget decision; switch featurePlan to PLUS in infra/constructs/user-directory.ts to enable it.',
    });

    for (const role of ROLES) {
      new cognito.UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        precedence: GROUP_PRECEDENCE[role],
        description: GROUP_DESCRIPTION[role],
      });
    }

    const trigger = new BundledFunction(this, 'ParticipantByDefault', {
      entry: join(__dirname, '..', 'triggers', 'participant-by-default.ts'),
      description: 'Cognito pre token generation: accounts in no group get the participant group in their tokens',
      logRetention: props.logRetention,
      timeout: Duration.seconds(5),
      memorySize: STANDARD_SIZING.memoryMb,
    });
    this.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION, trigger.function);

    // Everything the app may read; it may write the person's own profile but never the institution
    // they speak for, which only an admin sets (AdminUpdateUserAttributes).
    const readable = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes(INSTITUTION_ATTRIBUTE);
    const writable = new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true });
    const tokens = {
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: readable,
      writeAttributes: writable,
    } satisfies cognito.UserPoolClientOptions;
    this.client = this.userPool.addClient('AppClient', {
      ...tokens,
      authFlows: { userSrp: true, adminUserPassword: true },
      // Operators' tokens (docs/deploy.md, "Tokens"): the admin flow, never a browser redirect.
      disableOAuth: true,
    });

    // Managed login (the newer pages, which Cognito translates: the app asks for Indonesian with
    // `lang=id`). A browser app keeps no secret, so the code exchange is protected by PKCE; the app
    // renews its tokens with the refresh token (30 days) until it is revoked at sign-out.
    this.domain = this.userPool.addDomain('ManagedLogin', {
      cognitoDomain: { domainPrefix: props.webSignIn.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.webClient = this.userPool.addClient('WebClient', {
      ...tokens,
      authFlows: { userSrp: true },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: props.webSignIn.callbackUrls,
        logoutUrls: props.webSignIn.logoutUrls,
      },
    });
    // Managed login shows no page for a client without a style; Cognito's own look is enough.
    new cognito.CfnManagedLoginBranding(this, 'WebClientLook', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    if (props.adminEmail) this.addFirstAdmin(props.adminEmail);
  }

  private addFirstAdmin(email: string): void {
    if (Token.isUnresolved(email)) throw new Error('adminEmail must be a literal e-mail address');
    const user = new cognito.CfnUserPoolUser(this, 'FirstAdmin', {
      userPoolId: this.userPool.userPoolId,
      username: email,
      userAttributes: [
        { name: 'email', value: email },
        { name: 'email_verified', value: 'true' },
      ],
      desiredDeliveryMediums: ['EMAIL'],
    });
    const membership = new cognito.CfnUserPoolUserToGroupAttachment(this, 'FirstAdminIsAdmin', {
      userPoolId: this.userPool.userPoolId,
      groupName: 'admin',
      username: email,
    });
    membership.node.addDependency(user, this.node.findChild('Group-admin'));
    // Dropping adminEmail from the context later must not delete the account.
    user.applyRemovalPolicy(RemovalPolicy.RETAIN);
    membership.applyRemovalPolicy(RemovalPolicy.RETAIN);
  }
}
