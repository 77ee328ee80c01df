/** What is still missing before the entry can be submitted, each linked to the step that fills it. */
import type { Innovation } from '../api/contract';
import { missingForSubmission } from '../api/validation';
import { useTexts } from '../i18n';
import { STEPS, stepPath, type FieldName } from './steps';

export const Checklist = ({ innovation }: { innovation: Innovation }) => {
  const t = useTexts();
  const missing = missingForSubmission(innovation, t.language);
  const stepOf = (field: string) => STEPS.find((s) => s.fields.includes(field as FieldName))?.key ?? 'dokumen';
  return (
    <section aria-labelledby="missing-title">
      <h2 id="missing-title">{t.missingTitle}</h2>
      {missing.length === 0 ? (
        <p class="notice">{t.nothingMissing}</p>
      ) : (
        <ul>
          {missing.map((m) => (
            <li key={m.field}>
              <a href={stepPath(innovation.id, stepOf(m.field))}>{t.fields[m.field as FieldName] ?? m.field}</a>:{' '}
              {/* The API names a field by its key ("problem"); here its label says which. */}
              {m.field === 'documents' ? m.message : t.notFilledIn}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
