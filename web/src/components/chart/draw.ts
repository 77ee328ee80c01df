/** Chart.js with only the parts our charts use (bars and lines on category and linear axes), so the
 * chunk that carries it stays small. Imported only by the chart component, when a chart is drawn. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export const draw = (canvas: HTMLCanvasElement, config: ChartConfiguration<'bar' | 'line', (number | [number, number] | null)[], string>): Chart<'bar' | 'line', (number | [number, number] | null)[], string> =>
  new Chart(canvas, config);
