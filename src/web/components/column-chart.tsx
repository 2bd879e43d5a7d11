// A column chart of two stacked series per category (e.g. filled and unfilled seats per day),
// drawn as inline SVG on the server; a summary in <desc> and the numbers in a table below.
export interface Column {
  label: string;
  /** Bottom segment (e.g. filled). */
  a: number;
  /** Top segment, highlighted (e.g. unfilled). */
  b: number;
}

// Geometry in SVG user units; the chart scales with its container (viewBox).
const HEIGHT = 160;
const AXIS = 18;
const GAP = 2;

export function ColumnChart({ id, title, columns, legend }: { id: string; title: string; columns: Column[]; legend: [string, string] }) {
  const max = Math.max(1, ...columns.map((c) => c.a + c.b));
  const slot = 14;
  const width = columns.length * slot + 4;
  const plot = HEIGHT - AXIS;
  const h = (n: number) => Math.round((n / max) * (plot - 4));
  const summary = columns.map((c) => `${c.label}: ${legend[0]} ${c.a}, ${legend[1]} ${c.b}`).join('；');
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet" class="columns">
        <desc id={`${id}-desc`}>{summary}</desc>
        {columns.map((c, i) => {
          const x = i * slot + 2;
          const ha = h(c.a);
          const hb = c.b > 0 ? Math.max(h(c.b), 2) : 0;
          return (
            <g>
              <rect x={x} y={plot - ha} width={slot - GAP} height={ha} class="chart-bar" />
              {hb > 0 && <rect x={x} y={plot - ha - hb} width={slot - GAP} height={hb} class="chart-bar-alert" />}
              {(i % 5 === 0 || i === columns.length - 1) && (
                <text x={x + (slot - GAP) / 2} y={HEIGHT - 4} text-anchor="middle" class="chart-tick">
                  {c.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p class="legend">
        <span class="swatch a" aria-hidden="true"></span> {legend[0]} <span class="swatch b" aria-hidden="true"></span> {legend[1]}
      </p>
    </figure>
  );
}
