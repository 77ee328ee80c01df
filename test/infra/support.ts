/** Builds the CDK app as `cdk synth` does (cdk.json's context and feature flags), but without
 * bundling the functions, so a test synthesizes in a second or two. */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addKukarStacks, type KukarStacks } from '#infra/kukar-app';
import { REPO_ROOT } from '#infra/paths';

export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** An App with cdk.json's context, `extra` on top, and bundling skipped. */
export const testApp = (extra: Record<string, unknown> = {}): App =>
  new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...extra } });

export interface Synthesized extends KukarStacks {
  app: App;
  templates: { site: Template; data: Template; identity: Template; schedules: Template; api: Template; web: Template };
}

/** Before the seed edition opens (2023-10-11 WITA): every one of its boundaries gets a deployed schedule. */
export const BEFORE_SEED_EDITION = '2023-10-01T00:00:00+08:00';

/** The six stacks, environment-agnostic, with their templates (the Web stack uploads web/dist, which
 * jest's global setup builds). */
export const synthesize = (extra: Record<string, unknown> = {}): Synthesized => {
  const app = testApp(extra);
  const stacks = addKukarStacks(app, {});
  return {
    app,
    ...stacks,
    templates: {
      site: Template.fromStack(stacks.site),
      data: Template.fromStack(stacks.data),
      identity: Template.fromStack(stacks.identity),
      schedules: Template.fromStack(stacks.schedules),
      api: Template.fromStack(stacks.api),
      web: Template.fromStack(stacks.web),
    },
  };
};

type Resources = Record<string, { Type: string; Properties?: Record<string, any>; DependsOn?: string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string; Metadata?: Record<string, any> }>;

export const resourcesOf = (template: Template, type?: string): Resources => {
  const all = template.toJSON().Resources as Resources;
  return type ? Object.fromEntries(Object.entries(all).filter(([, r]) => r.Type === type)) : all;
};

export const logicalIdOf = (stack: Stack, construct: { node: { defaultChild?: unknown } }): string =>
  stack.getLogicalId(construct.node.defaultChild as Parameters<Stack['getLogicalId']>[0]);

export const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
