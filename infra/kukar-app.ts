/** The system's stacks, in the order they depend on each other:
 *
 *   Kukar-<stage>-Site       the front door: CloudFront (web app and API on one origin), the site
 *                            bucket, the bare HTTP API, security headers and content security policy
 *   Kukar-<stage>-Data       single table + documents bucket (retained)
 *   Kukar-<stage>-Identity   Cognito user pool, groups, managed login and the app clients
 *   Kukar-<stage>-Schedules  the stage clock: stage-transition function, boundary schedules,
 *                            reconciler, dead-letter queue, alarms
 *   Kukar-<stage>-Api        one function per handler + the API's stage and routes from the route table
 *   Kukar-<stage>-Web        the built web app and its /config.json
 *
 * The Site stack comes first because its origin (CloudFront's generated name) is what the documents
 * bucket's CORS, the managed-login callback URLs and the config file need; see infra/stacks/site-stack.ts.
 *
 * `infra/app.ts` is the CDK entry point; tests build the same stacks through `addKukarStacks`. */
import { Validations, type App, type Environment } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig, type KukarConfig } from './config';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';
import { IdentityStack } from './stacks/identity-stack';
import { SchedulesStack } from './stacks/schedules-stack';
import { SiteStack } from './stacks/site-stack';
import { WebStack } from './stacks/web-stack';

export const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

export interface KukarStacks {
  config: KukarConfig;
  site: SiteStack;
  data: DataStack;
  identity: IdentityStack;
  schedules: SchedulesStack;
  api: ApiStack;
  web: WebStack;
}

export const stackName = (stage: string, part: 'Site' | 'Data' | 'Identity' | 'Schedules' | 'Api' | 'Web'): string => `Kukar-${stage}-${part}`;

/** The stage's account and region from its config (the region has a default; never the CLI's
 * `us-east-1`); without an account the stacks are account-agnostic, so `cdk synth` works offline. */
export const environmentOf = (config: KukarConfig): Environment => ({ ...(config.account ? { account: config.account } : {}), region: config.region });

export const addKukarStacks = (app: App, envOverride?: Environment): KukarStacks => {
  const config = readConfig(app.node);
  const env = envOverride ?? environmentOf(config);
  const common = {
    env,
    config,
    logRetention: LOG_RETENTION,
    tags: { project: 'kukar-innovation-week', stage: config.stage },
  };
  const site = new SiteStack(app, stackName(config.stage, 'Site'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): CloudFront for the web app and the API, the site bucket, the HTTP API`,
  });
  const data = new DataStack(app, stackName(config.stage, 'Data'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): single table and documents bucket, retained on delete`,
    site,
  });
  const identity = new IdentityStack(app, stackName(config.stage, 'Identity'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): Cognito user pool, groups, managed login and app clients`,
    site,
  });
  const schedules = new SchedulesStack(app, stackName(config.stage, 'Schedules'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): stage clock (boundary schedules, reconciler, dead-letter queue, alarms)`,
    data,
  });
  const api = new ApiStack(app, stackName(config.stage, 'Api'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): Lambda handlers and the HTTP API's routes`,
    site,
    data,
    identity,
    schedules,
  });
  const web = new WebStack(app, stackName(config.stage, 'Web'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): the built web app and its config file`,
    site,
    identity,
    api,
  });
  return { config, site, data, identity, schedules, api, web };
};

/** cdk-nag's AwsSolutions pack: an unacknowledged error fails synthesis. */
export const checkWithCdkNag = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
};
