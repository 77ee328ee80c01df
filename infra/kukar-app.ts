/** The system's stacks, in the order they depend on each other:
 *
 *   Kukar-<stage>-Data       single table + documents bucket (retained)
 *   Kukar-<stage>-Identity   Cognito user pool, groups, app client
 *   Kukar-<stage>-Schedules  the stage clock: stage-transition function, boundary schedules,
 *                            reconciler, dead-letter queue, alarms
 *   Kukar-<stage>-Api        one function per handler + HTTP API from the route table
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

export const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

export interface KukarStacks {
  config: KukarConfig;
  data: DataStack;
  identity: IdentityStack;
  schedules: SchedulesStack;
  api: ApiStack;
}

export const stackName = (stage: string, part: 'Data' | 'Identity' | 'Schedules' | 'Api'): string => `Kukar-${stage}-${part}`;

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
  const data = new DataStack(app, stackName(config.stage, 'Data'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): single table and documents bucket, retained on delete`,
  });
  const identity = new IdentityStack(app, stackName(config.stage, 'Identity'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): Cognito user pool, groups and app client`,
  });
  const schedules = new SchedulesStack(app, stackName(config.stage, 'Schedules'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): stage clock (boundary schedules, reconciler, dead-letter queue, alarms)`,
    data,
  });
  const api = new ApiStack(app, stackName(config.stage, 'Api'), {
    ...common,
    description: `Kukar Innovation Week (${config.stage}): Lambda handlers and the HTTP API`,
    data,
    identity,
    schedules,
  });
  return { config, data, identity, schedules, api };
};

/** cdk-nag's AwsSolutions pack: an unacknowledged error fails synthesis. */
export const checkWithCdkNag = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
};
