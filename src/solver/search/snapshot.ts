// Copies of a roster as flat (person, group) pairs, to keep the best found and to restore it.
import type { Engine } from '../model/engine.js';

export function snapshot(e: Engine): Int32Array {
  const out = new Int32Array(e.state.size * 2);
  const D = e.m.D;
  let k = 0;
  const cells = e.state.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const p = (i / D) | 0;
    for (let j = 0; j < cell.length; j++) {
      out[k++] = p;
      out[k++] = cell[j]!;
    }
  }
  return out;
}

/** Replaces the engine's roster by the snapshot and recomputes the score. */
export function restore(e: Engine, snap: Int32Array): void {
  const st = e.state;
  for (let i = 0; i < st.cells.length; i++) {
    const cell = st.cells[i];
    if (!cell) continue;
    const p = (i / e.m.D) | 0;
    for (const g of [...cell]) st.remove(p, g);
  }
  for (let k = 0; k < snap.length; k += 2) st.add(snap[k]!, snap[k + 1]!);
  e.recompute();
}
