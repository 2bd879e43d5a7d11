// Spend against budget per district as inline SVG: a bar for the spend, a tick for the budget,
// the bar in the alert colour when over; numbers in the table beside it.
export interface BudgetBar {
  label: string;
  spentFen: number;
  budgetFen: number | null;
}

const WIDTH = 420;
const LABEL_W = 110;
const ROW = 28;
const BAR_H = 16;

export function BudgetChart({ id, title, bars, valueText }: { id: string; title: string; bars: BudgetBar[]; valueText: (b: BudgetBar) => string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.spentFen, b.budgetFen ?? 0)));
  const span = WIDTH - LABEL_W - 10;
  const x = (fen: number) => LABEL_W + Math.round((fen / max) * span);
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 6}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <desc id={`${id}-desc`}>{bars.map(valueText).join('；')}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const over = b.budgetFen !== null && b.spentFen > b.budgetFen;
          return (
            <g>
              <text x={LABEL_W - 6} y={y + BAR_H - 3} text-anchor="end" class="chart-label">
                {b.label}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(x(b.spentFen) - LABEL_W, b.spentFen > 0 ? 2 : 0)} height={BAR_H} rx="2" class={over ? 'chart-bar-alert' : 'chart-bar'} />
              {b.budgetFen !== null && <rect x={x(b.budgetFen) - 1} y={y - 3} width="2" height={BAR_H + 6} class="chart-budget" />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
