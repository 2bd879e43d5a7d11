// A small dense revised simplex for the column-generation master (colgen.ts): minimise c·x subject
// to A x = b, x ≥ 0, started from a feasible basis the caller gives. The basis inverse is kept
// explicitly (rows × rows numbers), updated per pivot and inverted afresh every REFACTOR_PIVOTS,
// so it suits masters of up to a few thousand rows. Dantzig's rule, with Bland's rule after a run
// of degenerate pivots (no cycling).

const EPS = 1e-9;
/** Reduced cost below which a column may enter (objective units). */
const ENTER = -1e-7;
/** Pivots between fresh inversions of the basis. A fresh inversion of Curtois 13's master
 * (about 1,000 rows) takes tens of ms: every 500 pivots it cost 40 s of a 117-s bound search. */
const REFACTOR_PIVOTS = 3000;

export class Simplex {
  readonly cost: number[] = [];
  readonly colRows: Int32Array[] = [];
  readonly colVals: Float64Array[] = [];
  /** Column basic at each row position. */
  readonly basis: Int32Array;
  /** Row position of each column in the basis, or -1. */
  private pos: number[] = [];
  private readonly binv: Float64Array;
  private readonly xB: Float64Array;
  readonly y: Float64Array;
  private readonly alpha: Float64Array;
  private readonly nz: Int32Array;
  private readonly nzM: Int32Array;
  /** Work matrices of a fresh inversion (rows × rows each). */
  private readonly scratch: Float64Array;
  private readonly spare: Float64Array;
  /** Pivots since the basis was last inverted afresh. */
  private sinceFactor = 0;

  /** `refactorEvery`: pivots between fresh inversions (tests use a small one). */
  constructor(readonly rows: number, private readonly b: Float64Array, private readonly refactorEvery = REFACTOR_PIVOTS) {
    this.basis = new Int32Array(rows).fill(-1);
    this.binv = new Float64Array(rows * rows);
    this.xB = new Float64Array(rows);
    this.y = new Float64Array(rows);
    this.alpha = new Float64Array(rows);
    this.nz = new Int32Array(rows);
    this.nzM = new Int32Array(rows);
    this.scratch = new Float64Array(rows * rows);
    this.spare = new Float64Array(rows * rows);
  }

  /** Columns that may not enter the basis (a dive's banned lines; one already basic still leaves
   * through its cost). */
  readonly blocked: number[] = [];

  addColumn(cost: number, rows: Int32Array, vals: Float64Array): number {
    this.blocked.push(0);
    this.cost.push(cost);
    this.colRows.push(rows);
    this.colVals.push(vals);
    this.pos.push(-1);
    return this.cost.length - 1;
  }

  /** Sets the starting basis (one column per row position; must be feasible) and its inverse.
   * False when the columns are singular or the basis is infeasible. */
  setBasis(cols: ArrayLike<number>): boolean {
    if (!this.invert(cols)) return false;
    this.pos.fill(-1);
    for (let k = 0; k < this.rows; k++) { this.basis[k] = cols[k]!; this.pos[cols[k]!] = k; }
    if (!this.solvePrimal()) return false;
    this.refreshDuals();
    return true;
  }

  /** Inverts the basis afresh (Gauss–Jordan) and recomputes the values and duals from it: the
   * per-pivot updates drift, and clamping slightly negative values to zero lets A·x drift from b.
   * Without it, 150 pricing rounds of Curtois 19 drove the master's objective to −309, below any
   * roster's cost. Kept as it was when the basis is numerically singular. */
  refactor(): void {
    this.sinceFactor = 0;
    if (!this.invert(this.basis)) return;
    this.solvePrimal();
    this.refreshDuals();
  }

  /** binv = B⁻¹ for basis columns `cols`, or false (binv untouched) when B is singular. */
  private invert(cols: ArrayLike<number>): boolean {
    const R = this.rows;
    const M = this.scratch;
    M.fill(0);
    const inv = this.spare;
    inv.fill(0);
    for (let k = 0; k < R; k++) {
      const j = cols[k]!;
      const rr = this.colRows[j]!, vv = this.colVals[j]!;
      for (let t = 0; t < rr.length; t++) M[rr[t]! * R + k] = vv[t]!;
      inv[k * R + k] = 1;
    }
    // Invert M (columns = basis positions) in place into inv: inv = M⁻¹. Both stay sparse on
    // these masters, so each elimination touches only the pivot row's non-zeros.
    const nzM = this.nzM, nzI = this.nz;
    for (let c = 0; c < R; c++) {
      let piv = -1, best = EPS;
      for (let r = c; r < R; r++) if (Math.abs(M[r * R + c]!) > best) { best = Math.abs(M[r * R + c]!); piv = r; }
      if (piv < 0) return false;
      if (piv !== c) for (let t = 0; t < R; t++) {
        [M[c * R + t], M[piv * R + t]] = [M[piv * R + t]!, M[c * R + t]!];
        [inv[c * R + t], inv[piv * R + t]] = [inv[piv * R + t]!, inv[c * R + t]!];
      }
      const f = 1 / M[c * R + c]!;
      let nm = 0, ni = 0;
      for (let t = 0; t < R; t++) {
        if (M[c * R + t] !== 0) { M[c * R + t]! *= f; nzM[nm++] = t; }
        if (inv[c * R + t] !== 0) { inv[c * R + t]! *= f; nzI[ni++] = t; }
      }
      for (let r = 0; r < R; r++) {
        if (r === c) continue;
        const g = M[r * R + c]!;
        if (g === 0) continue;
        for (let u = 0; u < nm; u++) { const t = nzM[u]!; M[r * R + t]! -= g * M[c * R + t]!; }
        for (let u = 0; u < ni; u++) { const t = nzI[u]!; inv[r * R + t]! -= g * inv[c * R + t]!; }
      }
    }
    this.binv.set(inv);
    return true;
  }

  /** xB = B⁻¹ b; false when some value is clearly negative (an infeasible basis), which is then
   * clamped to zero. */
  private solvePrimal(): boolean {
    const R = this.rows;
    let ok = true;
    for (let k = 0; k < R; k++) {
      let v = 0;
      for (let i = 0; i < R; i++) v += this.binv[k * R + i]! * this.b[i]!;
      if (v < -1e-6) ok = false;
      this.xB[k] = Math.max(0, v);
    }
    return ok;
  }

  /** Recomputes the duals (after costs were changed). */
  refreshDuals(): void {
    const R = this.rows;
    const y = this.y;
    y.fill(0);
    for (let k = 0; k < R; k++) {
      const c = this.cost[this.basis[k]!]!;
      if (c === 0) continue;
      const row = k * R;
      for (let i = 0; i < R; i++) y[i]! += c * this.binv[row + i]!;
    }
  }

  /** A copy of the basis and its inverse (columns added later stay, non-basic, on restore). */
  save(): { basis: Int32Array; binv: Float64Array; xB: Float64Array; y: Float64Array } {
    return { basis: this.basis.slice(), binv: this.binv.slice(), xB: this.xB.slice(), y: this.y.slice() };
  }

  /** Returns to a saved basis (the caller restores any column costs it changed since). */
  restore(s: { basis: Int32Array; binv: Float64Array; xB: Float64Array; y: Float64Array }): void {
    this.basis.set(s.basis);
    this.binv.set(s.binv);
    this.xB.set(s.xB);
    this.y.set(s.y);
    this.pos.fill(-1);
    for (let k = 0; k < this.rows; k++) this.pos[this.basis[k]!] = k;
  }

  reducedCost(j: number): number {
    const rr = this.colRows[j]!, vv = this.colVals[j]!;
    let d = this.cost[j]!;
    for (let t = 0; t < rr.length; t++) d -= this.y[rr[t]!]! * vv[t]!;
    return d;
  }

  value(j: number): number {
    const k = this.pos[j]!;
    return k < 0 ? 0 : this.xB[k]!;
  }

  objective(): number {
    let z = 0;
    for (let k = 0; k < this.rows; k++) z += this.cost[this.basis[k]!]! * this.xB[k]!;
    return z;
  }

  /** Pivots to optimality over the current columns; false if stopped by the pivot limit or by
   * `stop` (asked every 16 pivots). */
  optimise(maxPivots: number, stop: () => boolean = () => false): boolean {
    const R = this.rows;
    const binv = this.binv, xB = this.xB, alpha = this.alpha;
    let degenerate = 0;
    for (let it = 0; it < maxPivots; it++) {
      if ((it & 15) === 15 && stop()) return false;
      // Invert afresh now and then against rounding drift; recompute the duals more often.
      if (this.sinceFactor >= this.refactorEvery) this.refactor();
      else if ((it & 255) === 255) this.refreshDuals();
      const bland = degenerate > 50;
      let enter = -1, best = ENTER;
      for (let j = 0; j < this.cost.length; j++) {
        if (this.pos[j]! >= 0 || this.blocked[j] === 1) continue;
        const d = this.reducedCost(j);
        if (d < best) {
          enter = j;
          best = d;
          if (bland) break;
        }
      }
      if (enter < 0) return true;
      const rr = this.colRows[enter]!, vv = this.colVals[enter]!;
      for (let k = 0; k < R; k++) {
        let v = 0;
        const row = k * R;
        for (let t = 0; t < rr.length; t++) v += binv[row + rr[t]!]! * vv[t]!;
        alpha[k] = v;
      }
      let leave = -1, ratio = Number.POSITIVE_INFINITY;
      for (let k = 0; k < R; k++) {
        if (alpha[k]! <= EPS) continue;
        const q = xB[k]! / alpha[k]!;
        if (q < ratio - EPS || (q < ratio + EPS && leave >= 0 && (bland ? this.basis[k]! < this.basis[leave]! : alpha[k]! > alpha[leave]!))) {
          ratio = q;
          leave = k;
        }
      }
      if (leave < 0) return true; // unbounded: cannot happen with the master's bounded costs
      degenerate = ratio <= EPS ? degenerate + 1 : 0;
      const ar = alpha[leave]!;
      const lrow = leave * R;
      // The pivot row's non-zeros only (the inverse stays sparse on these masters).
      const nz = this.nz;
      let nnz = 0;
      for (let t = 0; t < R; t++) {
        const v = binv[lrow + t]!;
        if (v !== 0) { binv[lrow + t] = v / ar; nz[nnz++] = t; }
      }
      for (let k = 0; k < R; k++) {
        if (k === leave) continue;
        const f = alpha[k]!;
        if (f === 0) continue;
        const row = k * R;
        for (let u = 0; u < nnz; u++) {
          const t = nz[u]!;
          binv[row + t]! -= f * binv[lrow + t]!;
        }
        xB[k] = Math.max(0, xB[k]! - f * ratio);
      }
      xB[leave] = ratio;
      this.sinceFactor++;
      this.pos[this.basis[leave]!] = -1;
      this.basis[leave] = enter;
      this.pos[enter] = leave;
      // Duals: y ← y + d_enter × (new pivot row of the inverse).
      for (let u = 0; u < nnz; u++) {
        const t = nz[u]!;
        this.y[t]! += best * binv[lrow + t]!;
      }
    }
    return false;
  }
}
