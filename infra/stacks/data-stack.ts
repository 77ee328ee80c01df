/** What must outlive every deploy: the single table and the documents bucket (both retained).
 *
 * Other stacks reach them through a small named contract: the exports below, imported by name with
 * `importDataRefs`. An export cannot be deleted or changed while another stack imports it, so the Data
 * stack cannot be torn down (or its table swapped) under a running API; and IAM statements built from
 * the imports read as `Kukar-<stage>-DocumentsBucketArn/editions/*`, which is what cdk-nag
 * acknowledgements name. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { KukarConfig } from '#infra/config';
import type { DataRefs } from '#infra/constructs/contract-function';
import { DocumentsBucket } from '#infra/constructs/documents-bucket';
import { SingleTable } from '#infra/constructs/single-table';
import { documentsBucketName } from '#infra/names';
import { importSiteRefs, type SiteStack } from './site-stack';
import { exportNames, importExports } from './stack-exports';

export const dataExportNames = (stage: string): DataRefs =>
  exportNames(stage, { tableName: 'TableName', tableArn: 'TableArn', bucketName: 'DocumentsBucketName', bucketArn: 'DocumentsBucketArn' });

/** The table's stream, which the notification sender reads. */
export const tableStreamExportName = (stage: string): string => exportNames(stage, { stream: 'TableStreamArn' }).stream;

/** The Data stack's exports of `stage`, for use in another stack (which must depend on the Data stack). */
export const importDataRefs = (stage: string): DataRefs => importExports(dataExportNames(stage));

export interface DataStackProps extends StackProps {
  config: KukarConfig;
  /** The site whose origin the documents bucket's CORS allows (deployed first). */
  site: SiteStack;
}

export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { stage, corsOrigins } = props.config;
    this.addStackDependency(props.site, "the documents bucket's CORS imports the site's origin");
    this.table = new SingleTable(this, 'Data').table;
    this.bucket = new DocumentsBucket(this, 'Documents', {
      corsOrigins: corsOrigins.includes('*') ? ['*'] : [importSiteRefs(stage).origin, ...corsOrigins],
      bucketName: documentsBucketName(stage),
    }).bucket;

    const names = dataExportNames(stage);
    new CfnOutput(this, 'TableName', { value: this.table.tableName, exportName: names.tableName, description: 'The single DynamoDB table' });
    new CfnOutput(this, 'TableArn', { value: this.table.tableArn, exportName: names.tableArn });
    new CfnOutput(this, 'TableStreamArn', { value: this.table.tableStreamArn!, exportName: tableStreamExportName(props.config.stage) });
    new CfnOutput(this, 'DocumentsBucketName', {
      value: this.bucket.bucketName,
      exportName: names.bucketName,
      description: 'The documents bucket (presigned uploads)',
    });
    new CfnOutput(this, 'DocumentsBucketArn', { value: this.bucket.bucketArn, exportName: names.bucketArn });
  }
}
