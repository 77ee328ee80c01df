/** Names fixed in advance, from the stage, account and region alone, so the site's content security
 * policy (Site stack, deployed first) can name the documents bucket and the managed-login domain
 * exactly before the Data and Identity stacks create them (see infra/kukar-app.ts). */
import { Aws } from 'aws-cdk-lib';

/** The documents bucket: `kukar-<stage>-docs-<account>-<region>` (at most 59 characters). */
export const documentsBucketName = (stage: string): string => `kukar-${stage}-docs-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

/** The origin the browser uploads to and reads from (presigned POST and GET, virtual-hosted style). */
export const documentsOrigin = (stage: string): string => `https://${documentsBucketName(stage)}.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`;

/** The user pool's managed-login domain prefix; the account makes it unique in the region. */
export const managedLoginPrefix = (stage: string): string => `kukar-${stage}-${Aws.ACCOUNT_ID}`;

/** Managed login's origin: the sign-in pages, and the token endpoint the app calls. */
export const managedLoginOrigin = (stage: string): string => `https://${managedLoginPrefix(stage)}.auth.${Aws.REGION}.amazoncognito.com`;

/** Where managed login sends the browser back with the authorization code, and after sign-out. */
export const SIGN_IN_CALLBACK_PATH = '/masuk/selesai';
export const SIGNED_OUT_PATH = '/';
