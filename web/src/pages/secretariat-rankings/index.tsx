/** "Peringkat": a round's ranking per category with each row's breakdown drawn (each judge's raw and
 * adjusted total, the components and their weights, ties), each judge's severity before and after
 * the correction, and the judges' agreement (ICC with its interval and Koo & Li band) with the
 * entries they disagree on. While the round is scored the page shows the API's preview, computed
 * now and never stored, so a judge can still be added. */
import { useState } from 'preact/hooks';
import type { AssessmentJudge, CategoryReliability, EditionView, FinalRow, NominationRow, Ranking, RankingRound } from '../../api/contract';
import { CATEGORY_LABELS, getEdition } from '../../api/editions';
import { computeRankingOf, editionEntries, previewOf, rankingReason, storedRanking } from '../../api/secretariat-judging';
import { Chart } from '../../components/chart';
import { Radios } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatNumber, formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { rankingsTexts } from './texts';
import './style.css';
import { DataTable } from '../../components/data-table';

const useRankingsTexts = () => useAreaTexts(rankingsTexts);
type Texts = ReturnType<typeof useRankingsTexts>;

export default function SecretariatRankings() {
  return <SecretariatFrame>{() => <RankingsPage />}</SecretariatFrame>;
}

/** The stage in which a round is still being scored: its ranking is then a preview. */
const SCORED_IN: Record<RankingRound, EditionView['currentStage']> = { nomination: 'ASSESSMENT', final: 'PRESENTATION' };

const load = async (round: RankingRound) => {
  const [edition, entries] = await Promise.all([getEdition(CURRENT_EDITION), editionEntries(CURRENT_EDITION)]);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const stored = edition.currentStage === SCORED_IN[round] ? undefined : await storedRanking(edition.id, round);
  const preview = stored || edition.currentStage !== SCORED_IN[round] ? undefined : await previewOf(edition.id, round);
  return { edition, titles, ranking: (stored ?? preview) as (Ranking & { computedBy?: string }) | undefined, preview: !!preview };
};

const RankingsPage = () => {
  const t = useRankingsTexts();
  const [round, setRound] = useState<RankingRound>(() => (new URLSearchParams(location.search).get('putaran') === 'akhir' ? 'final' : 'nomination'));
  const [draft, setDraft] = useState(round);
  const [computing, setComputing] = useState<unknown>();
  const loaded = useLoad(() => load(round), [round]);
  const compute = async () => {
    setComputing(undefined);
    try {
      await computeRankingOf(CURRENT_EDITION, round);
      loaded.reload();
    } catch (err) {
      setComputing(err);
    }
  };
  return (
    <>
      <h1>{t.rankingsTitle}</h1>
      <form
        class="rankings__round"
        onSubmit={(e) => {
          e.preventDefault();
          setRound(draft);
        }}
      >
        <Radios
          name="round"
          label={t.roundLabel}
          value={draft}
          options={[
            ['nomination', t.roundNomination],
            ['final', t.roundFinal],
          ]}
          onInput={(r) => setDraft(r as RankingRound)}
        />
        <button type="submit" class="button secondary">
          {t.show}
        </button>
      </form>
      {loaded.error ? (
        <Problem error={loaded.error} retry={loaded.reload} />
      ) : !loaded.data || loaded.loading ? (
        <Loading />
      ) : !loaded.data.ranking ? (
        <>
          <p>{t.notComputed}</p>
          {computing !== undefined && <Problem error={computing} />}
          <button type="button" class="button" onClick={compute}>
            {t.compute}
          </button>
        </>
      ) : (
        <RankingView ranking={loaded.data.ranking} preview={loaded.data.preview} titles={loaded.data.titles} edition={loaded.data.edition} />
      )}
    </>
  );
};

const RankingView = ({ ranking, preview, titles, edition }: { ranking: Ranking & { computedBy?: string }; preview: boolean; titles: Map<string, string>; edition: EditionView }) => {
  const t = useRankingsTexts();
  const name = (id: string, title?: string) => title ?? titles.get(id) ?? id;
  const categories = edition.categories.filter((c) => ranking.categories[c]?.length);
  return (
    <>
      {preview ? <p class="notice">{t.preview}</p> : <p class="muted">{t.computedAt(formatWita(ranking.computedAt, t), ranking.computedBy?.startsWith('system:') ? t.bySystem : (ranking.computedBy ?? ''))}</p>}
      {ranking.round === 'nomination' ? <Severity rows={Object.values(ranking.categories).flat() as NominationRow[]} /> : <p>{t.finalSeverity}</p>}
      {categories.map((c) => {
        const rows = ranking.categories[c]!;
        const reliability = ranking.reliability?.[c];
        const ties = ranking.ties.filter((tie) => tie.category === c);
        return (
          <section key={c} aria-labelledby={`cat-${c}`} class="rankings__category">
            <h2 id={`cat-${c}`}>{CATEGORY_LABELS[c]}</h2>
            {reliability && <Reliability reliability={reliability} name={(id) => name(id)} />}
            {ties.length > 0 && (
              <div class="notice">
                <h3>{t.tiesTitle}</h3>
                <ul>
                  {ties.map((tie, i) => (
                    <li key={i}>
                      {t.tieAt[tie.at]}: {tie.innovationIds.map((id) => name(id)).join(', ')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <DataTable caption={CATEGORY_LABELS[c]} label={`${t.rank} — ${CATEGORY_LABELS[c]}`} columns={[t.rank, t.entry, t.score, t.outcome]}>
              {rows.map((row) => (
                <tr key={row.innovationId}>
                  <td>{row.rank ?? t.none}</td>
                  <th scope="row">{name(row.innovationId, row.title)}</th>
                  <td>{row.score === null ? t.none : formatNumber(row.score, t.language)}</td>
                  <td>
                    {outcome(row, t)}
                    {row.tie && <span class="tag gold">{t.tie}</span>}
                    {row.disagreement && <span class="tag gold">{t.disagreement}</span>}
                    {row.rank === null && <span class="muted"> {rankingReason(row, t.language)}</span>}
                  </td>
                </tr>
              ))}
            </DataTable>
            {rows.map((row) => (
              <Breakdown key={row.innovationId} row={row} title={name(row.innovationId, row.title)} />
            ))}
          </section>
        );
      })}
    </>
  );
};

const outcome = (row: NominationRow | FinalRow, t: Texts): string =>
  row.rank === null ? t.leftOut : 'nominated' in row ? (row.nominated ? t.nominated : t.notNominated) : row.place ? t.place(row.place) : t.noPlace;

const fmt = (n: number | null | undefined, t: Texts) => (n === null || n === undefined ? t.none : formatNumber(n, t.language));
/** ICC to two decimals, as agreement is usually written. */
const icc = (n: number, t: Texts) => n.toLocaleString(t.language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const Reliability = ({ reliability: r, name }: { reliability: CategoryReliability; name(id: string): string }) => {
  const t = useRankingsTexts();
  const estimate = (label: string, e: CategoryReliability['single']) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {e ? (
          <>
            <strong>{icc(e.icc, t)}</strong> ({t.bands[e.band]}); {e.lower !== null && e.upper !== null ? t.interval(icc(e.lower, t), icc(e.upper, t)) : t.noInterval}
          </>
        ) : (
          `${t.iccNone}${r.reason ? ` (${rankingReason(r, t.language)})` : ''}`
        )}
      </dd>
    </div>
  );
  return (
    <div class="rankings__reliability">
      <h3>{t.reliabilityTitle}</h3>
      <dl class="summary-list">
        {estimate(t.icc1, r.single)}
        {estimate(t.iccK(r.judges.length), r.average)}
      </dl>
      <p class="muted">{t.iccBasis(r.judges.length, r.entries)}</p>
      <h4>{t.disagreementsTitle(formatNumber(r.disagreementThreshold, t.language))}</h4>
      {r.disagreements.length === 0 ? (
        <p>{t.noDisagreements}</p>
      ) : (
        <ul>
          {r.disagreements.map((d) => (
            <li key={d.innovationId}>
              {name(d.innovationId)}: {t.spreadOf(formatNumber(d.spread, t.language))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

const meanSd = (values: number[]): [number, number] => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return [mean, Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length)];
};
const band = ([mean, sd]: [number, number]): [number, number] => [mean - sd, mean + sd];

/** Each judge's mean ± SD over the round, raw (as the ranking corrected it from) and after the correction. */
const Severity = ({ rows }: { rows: NominationRow[] }) => {
  const t = useRankingsTexts();
  const judges = new Map<string, { before: [number, number]; adjusted: number[] }>();
  for (const row of rows)
    for (const j of row.breakdown.judges) {
      const seen = judges.get(j.judgeId) ?? { before: [j.judgeMean, j.judgeSd] as [number, number], adjusted: [] };
      seen.adjusted.push(j.adjusted);
      judges.set(j.judgeId, seen);
    }
  const ids = [...judges.keys()].sort();
  if (!ids.length) return null;
  const fmtN = (n: number) => formatNumber(n, t.language);
  return (
    <section aria-labelledby="severity">
      <h2 id="severity">{t.severityHeading}</h2>
      <p>{t.severityIntro}</p>
      <Chart
        kind="bar"
        horizontal
        title={t.severityTitle}
        labelHeading={t.judge}
        labels={ids}
        series={[
          { label: t.before, values: ids.map((id) => band(judges.get(id)!.before)) },
          { label: t.after, values: ids.map((id) => band(meanSd(judges.get(id)!.adjusted))) },
        ]}
        format={fmtN}
        formatRange={(low, high) => `${fmtN((low + high) / 2)} ± ${fmtN((high - low) / 2)}`}
      />
    </section>
  );
};

/** One row's breakdown, drawn and as tables; mounted when opened (a closed row draws nothing). */
const Breakdown = ({ row, title }: { row: NominationRow | FinalRow; title: string }) => {
  const t = useRankingsTexts();
  const [open, setOpen] = useState(false);
  return (
    <details class="rankings__breakdown" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.breakdown(title)}</summary>
      {open && ('nominated' in row ? <NominationDetail row={row} title={title} /> : <FinalDetail row={row} title={title} />)}
    </details>
  );
};

const NominationDetail = ({ row, title }: { row: NominationRow; title: string }) => {
  const t = useRankingsTexts();
  const b = row.breakdown;
  const judgeLabel = (j: AssessmentJudge) => (b.dropped.includes(j.judgeId) ? `${j.judgeId} (${t.dropped})` : j.judgeId);
  return (
    <div class="rankings__detail">
      <Chart
        kind="bar"
        horizontal
        title={`${t.judgesTotals} — ${title}`}
        labelHeading={t.judge}
        labels={b.judges.map(judgeLabel)}
        series={[
          { label: t.raw, values: b.judges.map((j) => j.raw) },
          { label: t.adjusted, values: b.judges.map((j) => j.adjusted) },
        ]}
        format={(n) => formatNumber(n, t.language)}
      />
      <h3>{t.judgesTotals}</h3>
      <DataTable caption={t.judgesTotals} columns={[t.judge, t.raw, t.adjusted, t.corrected, t.judgeStats, ...b.rubric.map((c) => `${c.key} (${c.weight})`)]}>
        {b.judges.map((j) => (
          <tr key={j.judgeId}>
            <th scope="row">{judgeLabel(j)}</th>
            <td>{fmt(j.raw, t)}</td>
            <td>{fmt(j.adjusted, t)}</td>
            <td>{j.corrected ? t.yes : t.no}</td>
            <td>
              {fmt(j.judgeMean, t)} ± {fmt(j.judgeSd, t)} (n = {j.judgeEntries})
            </td>
            {b.rubric.map((c) => (
              <td key={c.key}>{fmt(j.criteria[c.key], t)}</td>
            ))}
          </tr>
        ))}
      </DataTable>
      <dl class="summary-list">
        <Item label={t.adjustedScore} value={fmt(b.adjusted, t)} />
        <Item label={t.rawMean} value={fmt(b.rawMean, t)} />
        <Item label={t.kemanfaatanMean} value={fmt(b.kemanfaatanMean, t)} />
        <Item label={t.medianRaw} value={fmt(b.medianRaw, t)} />
        <Item label={t.spread} value={fmt(b.spread, t)} />
        {b.pooledWithin && <Item label={t.pooled(t.pooledWithin[b.pooledWithin])} value={`${fmt(b.pooledMean, t)} ± ${fmt(b.pooledSd, t)}`} />}
      </dl>
    </div>
  );
};

const FinalDetail = ({ row, title }: { row: FinalRow; title: string }) => {
  const t = useRankingsTexts();
  const b = row.breakdown;
  // The chart names each component in a word or two (its axis has little room on a phone); the table in full.
  const components: [string, string, number | null, number][] = [
    [t.assessment, t.assessmentShort, b.assessment, b.weights.assessment],
    [t.verification, t.verification, b.verification?.score ?? null, b.weights.verification],
    [t.presentation, t.presentation, b.presentation, b.weights.presentation],
  ];
  return (
    <div class="rankings__detail">
      <Chart
        kind="bar"
        horizontal
        title={`${t.contribution} — ${title}`}
        labelHeading={t.components}
        labels={components.map(([, short]) => short)}
        series={[{ label: t.contribution, values: components.map(([, , value, weight]) => (value === null ? null : (value * weight) / 100)) }]}
        format={(n) => formatNumber(n, t.language)}
      />
      <h3>{t.components}</h3>
      <DataTable caption={t.components} columns={[t.components, t.value, t.weight, t.contribution]}>
        {components.map(([label, , value, weight]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{fmt(value, t)}</td>
            <td>{weight} %</td>
            <td>{value === null ? t.none : fmt((value * weight) / 100, t)}</td>
          </tr>
        ))}
      </DataTable>
      <h3>{t.presentationJudges}</h3>
      <DataTable caption={t.presentationJudges} columns={[t.judge, t.raw, ...b.rubric.map((c) => `${c.key} (${c.weight})`)]}>
        {b.judges.map((j) => (
          <tr key={j.judgeId}>
            <th scope="row">{j.judgeId}</th>
            <td>{fmt(j.total, t)}</td>
            {b.rubric.map((c) => (
              <td key={c.key}>{fmt(j.criteria[c.key], t)}</td>
            ))}
          </tr>
        ))}
      </DataTable>
      <dl class="summary-list">
        <Item label={t.spread} value={fmt(b.spread, t)} />
      </dl>
    </div>
  );
};

const Item = ({ label, value }: { label: string; value: string }) => (
  <div>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
);
