/** What a judge or a field verifier reads of an entry: its category, who entered it (institution and
 * district, or affiliation) and its own account of the problem, the solution and the impact. */
import type { Innovation, Institution } from '../../api/contract';
import { CATEGORY_LABELS } from '../../api/editions';
import { useTexts } from '../../i18n';

export const EntrySummary = ({ innovation: e, institution, parts = ['summary', 'problem', 'solution', 'impact'] }: { innovation: Innovation; institution?: Institution; parts?: ('summary' | 'problem' | 'solution' | 'impact')[] }) => {
  const t = useTexts();
  const row = (label: string, value: string | undefined) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <dl class="summary-list">
      {row(t.fields.category, CATEGORY_LABELS[e.category])}
      {row(t.institution, institution?.name ?? e.institutionId)}
      {row(t.district, institution?.district)}
      {row(t.affiliationLabel, e.affiliation)}
      {row(t.fields.innovationStage, e.innovationStage && t.innovationStages[e.innovationStage])}
      {parts.map((p) => row(t.fields[p], e[p]))}
    </dl>
  );
};
