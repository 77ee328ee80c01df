/** The list prices the benchmark's edition cost and the deploy guide's storage estimate use, each with
 * where it was read and when. Read on 2026-12-06 without network, from the stored text of the pages
 * named (the `search` tool's web corpus): no stored page gave an Asia Pacific (Jakarta,
 * ap-southeast-3) figure, so every price is the US East (N. Virginia) one its source states, marked
 * `region: 'us-east-1'`. Jakarta list prices are usually somewhat higher: check the AWS Pricing
 * Calculator (https://calculator.aws/) before budgeting. Free tiers are left out on purpose (an
 * account's other workloads may use them). */

export interface Price {
  usd: number;
  unit: string;
  region: 'ap-southeast-3' | 'us-east-1';
  source: string;
  read: string;
}

const READ = '2026-12-06';
const usEast = (usd: number, unit: string, source: string): Price => ({ usd, unit, region: 'us-east-1', source, read: READ });

export const PRICES = {
  lambdaArmGbSecond: usEast(0.0000133334, 'GB-second, Arm, first 7.5 billion a month', 'https://cloudchipr.com/blog/aws-lambda-pricing'),
  lambdaRequest: usEast(0.2 / 1e6, 'request', 'https://git.mcrn.ar/mariano/lambda_local_runner/src/branch/main/docs/lambdas-md/lambda-13-cost.md'),
  httpApiRequest: usEast(1.0 / 1e6, 'HTTP API request, first 300 million a month', 'https://www.learnaws.org/2021/01/10/api-gateway-pricing/'),
  dynamoWriteUnit: usEast(0.625 / 1e6, 'on-demand write request unit', 'https://airbyte.com/data-engineering-resources/dynamodb-pricing'),
  dynamoReadUnit: usEast(0.125 / 1e6, 'on-demand read request unit', 'https://airbyte.com/data-engineering-resources/dynamodb-pricing'),
  s3PutRequest: usEast(0.005 / 1000, 'S3 Standard PUT, COPY, POST or LIST request', 'https://c3x.dev/blog/s3-request-fees-explained'),
  s3GetRequest: usEast(0.0004 / 1000, 'S3 Standard GET, HEAD or SELECT request', 'https://c3x.dev/blog/s3-request-fees-explained'),
  s3StandardGbMonth: usEast(0.023, 'GB-month, S3 Standard, first 50 TB', 'https://costnimbus.com/article/s3-storage-classes-cost-guide'),
  s3StandardIaGbMonth: usEast(0.0125, 'GB-month, S3 Standard-IA', 'https://costnimbus.com/article/s3-storage-classes-cost-guide'),
  s3GlacierIrGbMonth: usEast(0.004, 'GB-month, S3 Glacier Instant Retrieval', 'https://costnimbus.com/article/s3-storage-classes-cost-guide'),
  schedulerInvocation: usEast(1.0 / 1e6, 'EventBridge Scheduler invocation (after 14 million free a month)', 'https://cloudburn.io/blog/amazon-eventbridge-pricing'),
  logsIngestedGb: usEast(0.5, 'GB ingested, CloudWatch Logs Standard class', 'https://c3x.dev/blog/cloudwatch-logs-cost-optimization'),
  logsStoredGbMonth: usEast(0.03, 'GB-month stored, CloudWatch Logs', 'https://c3x.dev/blog/cloudwatch-logs-cost-optimization'),
  sesEmail: usEast(0.1 / 1000, 'e-mail sent with SES', 'https://www.acecloudinterviews.com/tutorials/aws/ses/'),
  /** No stored page gave t4g.small's price: t3.small (2 vCPU, 2 GiB, x86) is the small server here. */
  ec2T3SmallHour: usEast(0.024, 'hour, t3.small on demand, Linux (price as of 2021-08-30)', 'http://matthiaskraaz.blogspot.com/2021/08/aws-ec2-price-of-maxed-out-burstable.html'),
  ebsGp3GbMonth: usEast(0.08, 'GB-month, EBS gp3', 'https://www.saisci.com/aws/gp2-vs-gp3-cost-comparison-ebs-volumes/'),
} as const satisfies Record<string, Price>;

export type PriceId = keyof typeof PRICES;
