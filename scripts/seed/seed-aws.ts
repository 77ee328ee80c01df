/** `npm run seed:aws -- --stage prod` — loads an edition and the institution registry from files in
 * the repo (scripts/seed/edition.json, scripts/seed/institutions.json, or `--edition` and
 * `--institutions`) into a deployment, through its API with an admin's ID token (`KUKAR_ADMIN_TOKEN`
 * or `--token`; docs/deploy.md shows how to get one). The API URL comes from `--api`, or from
 * `cdk-outputs-<stage>.json` (`npm run deploy -- --stage <stage> --outputs-file cdk-outputs-<stage>.json`).
 * Safe to run again: an institution is written as the file says, an edition only when the file
 * differs and it has not started yet. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import { EditionInput } from '#shared/schemas/edition.schema';
import { Institution } from '#shared/schemas/institution.schema';
import { Slug } from '#shared/schemas/common.schema';

export const SeedEdition = z.extend(EditionInput, { id: Slug });
export type SeedEdition = z.infer<typeof SeedEdition>;

export interface SeedFiles {
  edition: SeedEdition;
  institutions: Institution[];
}

export interface SeedReport {
  institutions: { created: string[]; updated: string[] };
  edition: { id: string; outcome: 'created' | 'revised' | 'unchanged' | 'started, left as it is' };
}

/** Reads and checks both files before anything is sent, so a mistake in them changes nothing. */
export const readSeedFiles = (editionFile: string, institutionsFile: string): SeedFiles => ({
  edition: z.parse(SeedEdition, JSON.parse(readFileSync(editionFile, 'utf8'))),
  institutions: z.parse(z.array(Institution), JSON.parse(readFileSync(institutionsFile, 'utf8'))),
});

const EDITION_FIELDS = ['name', 'theme', 'timeZone', 'stages', 'categories', 'rubric', 'nominationsPerCategory', 'minimumNominationScore', 'finalWeights'] as const;

type Window = { stage: string; start: string | null; end: string | null };
const instants = (windows: Window[]) => windows.map((w) => [w.stage, w.start && Date.parse(w.start), w.end && Date.parse(w.end)]);

/** Whether the stored edition already says what the file says (its dated windows compared as
 * instants: the API writes them in WITA whatever offset the file used). */
const sameEdition = (stored: Record<string, unknown>, file: SeedEdition): boolean =>
  EDITION_FIELDS.every((k) =>
    k === 'stages'
      ? isDeepStrictEqual(instants(file.stages), instants((stored.stages as Window[]).filter((w) => file.stages.some((f) => f.stage === w.stage))))
      : isDeepStrictEqual(stored[k], file[k]),
  );

export const seed = async (api: string, token: string, files: SeedFiles): Promise<SeedReport> => {
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${api.replace(/\/+$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // Parsed here rather than by fetch, so the objects compare with the file's (same realm under jest too).
    return { status: res.status, body: JSON.parse(await res.text()) as Record<string, unknown> };
  };
  const expect = (answer: { status: number; body: Record<string, unknown> }, ok: number[], what: string) => {
    if (!ok.includes(answer.status)) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };

  const report: SeedReport = { institutions: { created: [], updated: [] }, edition: { id: files.edition.id, outcome: 'unchanged' } };
  for (const { institutionId, ...institution } of files.institutions) {
    const answer = expect(await call('PUT', `/institutions/${encodeURIComponent(institutionId)}`, institution), [200, 201], `institution ${institutionId}`);
    report.institutions[answer.status === 201 ? 'created' : 'updated'].push(institutionId);
  }

  const { id, ...edition } = files.edition;
  const stored = expect(await call('GET', `/editions/${encodeURIComponent(id)}`), [200, 404], `edition ${id}`);
  if (stored.status === 200 && sameEdition(stored.body, files.edition)) return report;
  if (stored.status === 200 && stored.body.currentStage !== 'UPCOMING') return { ...report, edition: { id, outcome: 'started, left as it is' } };
  const put = expect(await call('PUT', `/editions/${encodeURIComponent(id)}`, edition), [200, 201], `edition ${id}`);
  return { ...report, edition: { id, outcome: put.status === 201 ? 'created' : 'revised' } };
};

const option = (args: string[], name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

const apiFromOutputs = (stage: string): string => {
  const file = resolve(__dirname, '../..', `cdk-outputs-${stage}.json`);
  const outputs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
  const url = outputs[`Kukar-${stage}-Api`]?.ApiUrl;
  if (!url) throw new Error(`${file} has no Kukar-${stage}-Api ApiUrl`);
  return url;
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const stage = option(args, 'stage');
  const token = option(args, 'token') ?? process.env.KUKAR_ADMIN_TOKEN;
  if ((!stage && !option(args, 'api')) || !token) {
    console.error('\n  Usage: KUKAR_ADMIN_TOKEN=<admin ID token> npm run seed:aws -- --stage <stage> | --api <url> [--edition file] [--institutions file]\n');
    process.exit(2);
  }
  const files = readSeedFiles(option(args, 'edition') ?? resolve(__dirname, 'edition.json'), option(args, 'institutions') ?? resolve(__dirname, 'institutions.json'));
  void seed(option(args, 'api') ?? apiFromOutputs(stage!), token, files).then(
    (r) => console.log(`institutions: ${r.institutions.created.length} created, ${r.institutions.updated.length} written again; edition ${r.edition.id}: ${r.edition.outcome}`),
    (err: Error) => {
      console.error(`\n  ✗ ${err.message}\n`);
      process.exit(1);
    },
  );
}
