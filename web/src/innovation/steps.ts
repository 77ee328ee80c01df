/** The participant's form, in steps (GOV.UK's task list): which fields each step holds, where it
 * lives, and how far along it is for one entry. */
import type { Innovation } from '../api/contract';
import type { Dictionary } from '../i18n/id';

export type FieldName = keyof Dictionary['fields'];

export interface Step {
  key: 'identitas' | 'uraian' | 'penerapan' | 'dokumen' | 'periksa';
  title(t: Dictionary): string;
  /** The form fields the step edits (documents and the final check have their own pages). */
  fields: FieldName[];
}

export const STEPS: Step[] = [
  { key: 'identitas', title: (t) => t.steps.entrant, fields: ['title', 'category', 'institutionId', 'affiliation', 'contact.name', 'contact.email', 'contact.phone'] },
  { key: 'uraian', title: (t) => t.steps.story, fields: ['summary', 'problem', 'solution'] },
  { key: 'penerapan', title: (t) => t.steps.practice, fields: ['impact', 'innovationStage', 'innovationType', 'startedOn'] },
  { key: 'dokumen', title: (t) => t.steps.documents, fields: [] },
  { key: 'periksa', title: (t) => t.steps.check, fields: [] },
];

export const stepPath = (id: string, step: Step['key']): string =>
  step === 'dokumen' || step === 'periksa' ? `/inovasi/${id}/${step}` : `/inovasi/${id}/langkah/${step}`;

/** A field's value as the form holds it (text), from the entry. */
export const valueOf = (innovation: Partial<Innovation> | undefined, field: FieldName): string => {
  if (!innovation) return '';
  const [head, tail] = field.split('.') as [keyof Innovation, string?];
  const v = innovation[head] as unknown;
  return String((tail ? (v as Record<string, unknown> | undefined)?.[tail] : v) ?? '');
};

export type Progress = 'not-started' | 'in-progress' | 'done';

export const stepProgress = (innovation: Innovation, step: Step): Progress => {
  if (step.key === 'dokumen') return innovation.documents.some((d) => d.kind === 'PROPOSAL') ? 'done' : innovation.documents.length ? 'in-progress' : 'not-started';
  if (step.key === 'periksa') return innovation.status === 'DRAFT' ? 'not-started' : 'done';
  const filled = step.fields.filter((f) => f !== 'institutionId' && f !== 'affiliation' && valueOf(innovation, f) !== '');
  const needed = step.fields.filter((f) => f !== 'institutionId' && f !== 'affiliation');
  return filled.length === needed.length ? 'done' : filled.length ? 'in-progress' : 'not-started';
};
