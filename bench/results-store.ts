/** bench/results.json keeps each section's latest run (its tables, missed targets, when and on what
 * machine); bench/results.md is rendered from all of them. A run of some sections (`BENCH_ONLY`)
 * replaces those and keeps the others, so one section measured again never drops the rest. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { markdownTable, type Table } from './support';

/** The sections in the issue's order, which is the report's order whatever order they ran in. */
export const SECTIONS = ['cold', 'library', 'requests', 'ranking', 'national', 'throughput', 'web', 'cost'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SectionRun {
  /** The day (UTC) and the machine it ran on, and how long the section took. */
  ranOn: string;
  machine: string;
  minutes: string;
  tables: Table[];
  failures: string[];
}

type Store = Partial<Record<Section, SectionRun>>;

const JSON_FILE = resolve(__dirname, 'results.json');
const MARKDOWN_FILE = resolve(__dirname, 'results.md');

/** Every section's latest stored run. */
export const storedRuns = (): Store => (existsSync(JSON_FILE) ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Store) : {});

/** Every stored section's missed targets, in the report's order. */
export const missedTargets = (store: Store): string[] => SECTIONS.flatMap((s) => store[s]?.failures ?? []);

const render = (store: Store): string => {
  const failures = missedTargets(store);
  const parts = SECTIONS.flatMap((section) => {
    const run = store[section];
    if (!run) return [];
    const source = `*Section \`${section}\`: run on ${run.ranOn} — ${run.machine}; took ${run.minutes} min.*`;
    return [source, '', ...run.tables.map(markdownTable)];
  });
  const missing = SECTIONS.filter((s) => !store[s]);
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench`: each section as of its latest run (`BENCH_ONLY=<section>` runs one again and keeps the others).',
    ...(missing.length ? ['', `Not measured yet: ${missing.join(', ')}.`] : []),
    '',
    ...parts,
    '## Summary',
    '',
    failures.length ? `${failures.length} target(s) missed:\n${failures.map((f) => `- ${f}`).join('\n')}` : 'Every target met.',
    '',
  ].join('\n');
};

/** Stores this run's sections over the earlier ones and writes both files. */
export const saveRuns = (runs: Partial<Record<Section, SectionRun>>): void => {
  const store = { ...storedRuns(), ...runs };
  const ordered = Object.fromEntries(SECTIONS.flatMap((s) => (store[s] ? [[s, store[s]]] : [])));
  writeFileSync(JSON_FILE, `${JSON.stringify(ordered, null, 2)}\n`);
  writeFileSync(MARKDOWN_FILE, render(store));
};
