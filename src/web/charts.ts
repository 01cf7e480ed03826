import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { h } from './dom.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.color = '#222';

/** Colours with at least 3:1 contrast on white, told apart by people with common colour blindness (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#7A6300', '#56B4E9', '#8F6A00', '#333333'];

export interface BarChartSpec {
  readonly label: string;
  readonly labels: readonly string[];
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: readonly number[] }>;
  readonly horizontal?: boolean;
  readonly stacked?: boolean;
}

/**
 * A bar chart drawn on a canvas (Chart.js), with the same numbers as a table inside <details>,
 * so the figures are readable without sight and without the chart.
 */
export function barChart(spec: BarChartSpec): { node: HTMLElement; destroy(): void } {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${spec.label} (chart; the same figures are in the table below)` });
  const height = spec.horizontal ? Math.max(160, 28 * spec.labels.length + 60) : 260;
  const box = h('div', { class: 'chart-box' }, canvas);
  box.style.height = `${height}px`;
  const datasets: ChartDataset<'bar'>[] = spec.series.map((s, i) => ({ label: s.name, data: [...s.values], backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length] }));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [...spec.labels], datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      responsive: true,
      plugins: { legend: { display: spec.series.length > 1, position: 'bottom' } },
      scales: { x: { stacked: !!spec.stacked, ticks: { autoSkip: true } }, y: { stacked: !!spec.stacked, ticks: { autoSkip: !spec.horizontal } } },
    },
  });
  return { node: h('figure', { class: 'chart' }, h('figcaption', {}, spec.label), box, dataTable(spec)), destroy: () => chart.destroy() };
}

function dataTable(spec: BarChartSpec): HTMLElement {
  return h('details', { class: 'chart-data' }, h('summary', {}, 'Show the figures as a table'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), ...spec.series.map((s) => h('th', { scope: 'col' }, s.name)))),
      h('tbody', {}, ...spec.labels.map((label, i) => h('tr', {}, h('th', { scope: 'row' }, label), ...spec.series.map((s) => h('td', {}, String(s.values[i] ?? 0))))))));
}
