// Shared incremental evaluation of per-assignment ("unary") costs: the local cost of a scope is
// the sum over the assignments on the scope's person-days.
import type { Scope } from '../model/scope.js';
import type { State } from '../model/state.js';

export function unaryLocal(state: State, scope: Scope, cost: (p: number, g: number) => number): number {
  const D = state.m.D;
  let sum = 0;
  for (let i = 0; i < scope.persons.length; i++) {
    const p = scope.persons[i]!;
    const base = p * D;
    const hi = scope.hi[i]!;
    for (let d = scope.lo[i]!; d <= hi; d++) {
      const cell = state.cells[base + d];
      if (!cell) continue;
      for (let k = 0; k < cell.length; k++) sum += cost(p, cell[k]!);
    }
  }
  return sum;
}

/** Whether [start, end) of shift overlaps any blocked range (flattened [start, end, …]). */
export function blockedIndex(blocked: Int32Array, start: number, end: number): number {
  for (let i = 0; i < blocked.length; i += 2) {
    if (blocked[i]! < end && start < blocked[i + 1]!) return i / 2;
  }
  return -1;
}
