// Reusable typed arrays of the window DP (dp.ts), grown on demand so a rebuild allocates nothing
// once the largest window has been seen: per-state costs of the current and next day, back
// pointers and picks per (day, state), and the per-class choice lists of one day.
export class DpBuffers {
  cost = new Float64Array(0);
  next = new Float64Array(0);
  back = new Int32Array(0);
  pick = new Int16Array(0);
  private optStartBuf = new Int32Array(0);
  private optJBuf = new Int32Array(0);

  /** Room for `size` states over `n` days. */
  ensure(size: number, n: number): void {
    if (this.cost.length < size) {
      this.cost = new Float64Array(size);
      this.next = new Float64Array(size);
    }
    if (this.back.length < size * n) {
      this.back = new Int32Array(size * n);
      this.pick = new Int16Array(size * n);
    }
  }

  /** The next day's costs become the current ones (and the old current array is reused). */
  swap(): void {
    const t = this.next;
    this.next = this.cost;
    this.cost = t;
  }

  optStart(n: number): Int32Array {
    if (this.optStartBuf.length < n) this.optStartBuf = new Int32Array(n);
    return this.optStartBuf;
  }

  optJ(n: number): Int32Array {
    if (this.optJBuf.length < n) this.optJBuf = new Int32Array(n);
    return this.optJBuf;
  }
}
