/** One Lambda function as every function of the system is deployed: TypeScript bundled by the local
 * esbuild (no Docker) into minified ESM with source maps, Node.js 24 on Graviton, its own log group
 * with a retention, and its own role that may write to that log group and nothing else until grants
 * are added. */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, LogLevel as EsbuildLogLevel } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { FUNCTION_BUNDLING } from '#infra/bundling';
import { FUNCTION_ARCHITECTURE, nodeOptions } from '#infra/function-sizing';
import { LOCK_FILE, REPO_ROOT } from '#infra/paths';

export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const SERVICE_NAME = 'kukar-innovation-week';

export interface BundledFunctionProps {
  /** Absolute path of the TypeScript file exporting `handler`. */
  entry: string;
  description: string;
  environment?: Record<string, string>;
  logRetention: logs.RetentionDays;
  timeout: Duration;
  /** Memory also buys CPU. */
  memorySize: number;
}

export class BundledFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    // Our own role instead of the AWS managed basic execution policy: it may write to this function's
    // log group only, not to every log group of the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`.slice(0, 1000),
    });
    this.logGroup.grantWrite(this.role);
    const { memorySize } = props;

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: FUNCTION_RUNTIME,
      architecture: { arm64: lambda.Architecture.ARM_64, x86_64: lambda.Architecture.X86_64 }[FUNCTION_ARCHITECTURE],
      memorySize,
      timeout: props.timeout,
      description: props.description.slice(0, 256),
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        NODE_OPTIONS: nodeOptions(memorySize),
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        ...props.environment,
      },
      bundling: { ...FUNCTION_BUNDLING, format: OutputFormat.ESM, logLevel: EsbuildLogLevel.ERROR, mainFields: [...FUNCTION_BUNDLING.mainFields] },
    });
  }
}
