// Dual smoothing for column generation (Wentges 1997; Pessoa et al. 2018, "Automation and
// combination of LP-based stabilization techniques"). The master's duals swing from round to
// round, so pricing with them yields extreme lines the LP soon drops (the long heading-in and
// tailing-off of Curtois 13 and 19). Pricing at a point between the duals with the best
// Lagrangian value so far (the centre) and the master's own keeps the new lines near the
// optimum's; a round whose lines do not improve the master (a mis-pricing) is priced again with
// the master's duals, so convergence is judged exactly as without smoothing.

export class DualSmoother {
  private center: Float64Array | null = null;
  private best = Number.NEGATIVE_INFINITY;

  /** `alpha` is the centre's weight in the pricing point (0 = no smoothing). */
  constructor(private readonly alpha: number) {}

  /** The pricing point for the master's duals `y` (demand rows only), written into `out`. */
  mix(y: ArrayLike<number>, out: Float64Array): void {
    const c = this.center;
    const a = c ? this.alpha : 0;
    for (let d = 0; d < out.length; d++) out[d] = a * (c ? c[d]! : 0) + (1 - a) * y[d]!;
  }

  /** Reports the Lagrangian value `value` of the pricing point `at`: the centre moves there when
   * it is the best so far. */
  observe(at: Float64Array, value: number): void {
    if (!(value > this.best)) return;
    this.best = value;
    this.center = at.slice();
  }

  /** Whether the pricing point differs from the master's duals. */
  get active(): boolean {
    return this.center !== null && this.alpha > 0;
  }

  /** The best Lagrangian value seen, or −∞. */
  get bound(): number {
    return this.best;
  }
}

/** A person's least cost at `prices` over their known lines `cols` (each column's rows: demands,
 * then the person's own row last, which the Lagrangian keeps in the subproblem). The window DP
 * prices the other count limits too, so its line is not always the least; the value summed over
 * people is an estimate of the Lagrangian bound from above, good enough to pick a centre. */
export function leastCost(cols: readonly number[], costs: readonly number[], colRows: readonly Int32Array[],
  prices: Float64Array): number {
  let least = Number.POSITIVE_INFINITY;
  for (const k of cols) {
    const rows = colRows[k]!;
    let c = costs[k]!;
    for (let t = 0; t < rows.length - 1; t++) c -= prices[rows[t]!]!;
    least = Math.min(least, c);
  }
  return least;
}
