/** A chart and the same figures as a table. The chart is for the eye: Chart.js is fetched only when a
 * page draws one (secretariat pages), after the page and its table are already on screen. The table
 * is for screen readers, for printing and for anyone who wants the exact figures; it opens by itself
 * when the page is printed. */
import { useEffect, useRef } from 'preact/hooks';
import { useTexts } from '../../i18n';
import './style.css';
import { DataTable } from '../data-table';

/** A value: a number, a range drawn as a floating bar (e.g. mean ± spread), or nothing. */
export type ChartValue = number | [number, number] | null;
export type ChartSeries = { label: string; values: ChartValue[] };

export type ChartProps = {
  kind: 'bar' | 'line';
  /** Names the figure and the table. */
  title: string;
  /** One per point of the category axis (days, categories, judges). */
  labels: string[];
  series: ChartSeries[];
  /** Heading of the first column of the table. */
  labelHeading: string;
  /** Bars side by side along the value axis: easier to read with long names on a phone. */
  horizontal?: boolean;
  stacked?: boolean;
  /** Counts: the value axis ticks whole numbers only (no "0,5 entries"). */
  integer?: boolean;
  format?: (value: number) => string;
  /** How the table writes a range (default "low – high"), e.g. as mean ± spread. */
  formatRange?: (low: number, high: number) => string;
};

/** Colours apart for colour-blind readers (Okabe–Ito), each at least 3:1 against white. */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00'];

const shown = (value: ChartValue, format: (v: number) => string, formatRange: (low: number, high: number) => string, none: string): string =>
  value === null ? none : Array.isArray(value) ? formatRange(value[0], value[1]) : format(value);

export const Chart = ({ kind, title, labels, series, labelHeading, horizontal, stacked, integer, format = (v) => v.toLocaleString(), formatRange = (low, high) => `${format(low)} – ${format(high)}` }: ChartProps) => {
  const t = useTexts();
  const canvas = useRef<HTMLCanvasElement>(null);
  const table = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    void import('./draw').then(({ draw }) => {
      if (gone || !canvas.current) return;
      chart = draw(canvas.current, {
        type: kind,
        data: {
          labels,
          datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: PALETTE[i % PALETTE.length], borderColor: PALETTE[i % PALETTE.length] })),
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { stacked, ...(horizontal && integer ? { ticks: { precision: 0 } } : {}) },
            y: { stacked, beginAtZero: true, ...(!horizontal && integer ? { ticks: { precision: 0 } } : {}) },
          },
          plugins: { legend: { display: series.length > 1, position: 'bottom' } },
        },
      });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [kind, labels, series, horizontal, stacked, integer]);

  useEffect(() => {
    const open = () => table.current?.setAttribute('open', '');
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, []);

  // Stacked bars share one bar per label; side by side, each series has its own.
  const height = horizontal ? Math.max(12, labels.length * (stacked ? 1 : series.length) * 1.75 + 4) : 18;
  return (
    <figure class="chart">
      <figcaption class="chart__title">{title}</figcaption>
      <div class="chart__canvas" style={{ height: `${height}rem` }}>
        {/* The table below says the same to a screen reader; the picture itself would only be noise. */}
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <details class="chart__table" ref={table}>
        <summary>{t.chartAsTable}</summary>
        <DataTable caption={title} columns={[labelHeading, ...series.map((s) => s.label)]}>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>{shown(s.values[row] ?? null, format, formatRange, t.chartNoValue)}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
};
