// A horizontal bar chart drawn as inline SVG on the server (no chart library, no script).
// The numbers are also in a table on the same page; the SVG carries a title and a text summary.
export interface Bar {
  label: string;
  value: number;
}

// Geometry in SVG user units; the chart scales with its container (viewBox).
const WIDTH = 400;
const LABEL_W = 130;
const VALUE_W = 48;
const ROW = 26;
const BAR_H = 16;

export function BarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 4;
  const summary = bars.map((b) => `${b.label} ${b.value}`).join('，');
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = Math.round((b.value / max) * span);
          return (
            <g>
              <text x={LABEL_W - 6} y={y + BAR_H - 3} text-anchor="end" class="chart-label">
                {b.label}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(w, b.value > 0 ? 2 : 0)} height={BAR_H} rx="2" class="chart-bar" />
              <text x={LABEL_W + w + 4} y={y + BAR_H - 3} class="chart-value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
