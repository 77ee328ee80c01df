/** The GOV.UK error summary: at the top of the form, focused when it appears, each problem a link
 * to its field (problems of the whole form are listed as text). */
import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../api/errors';
import { useTexts } from '../../i18n';
import { fieldId } from '../field';
import './style.css';

export const ErrorSummary = ({ errors, labels }: { errors: FieldError[]; labels: Record<string, string> }) => {
  const t = useTexts();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.errorSummary}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{labels[e.field] ? <a href={`#${fieldId(e.field)}`}>{`${labels[e.field]}: ${e.message}`}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
};
