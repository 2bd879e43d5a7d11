// Successions in the window DP (dp.ts): which states the last worked shift needs, and which
// choices are worth trying after each of them.

/** The DP keeps the last shift only for the successions it forbids, so tag sets with the same
 * forbidden successors (over `targets`, the tag sets that can follow in this window) share one
 * class of states. Returns each local tag set's class and one representative tag set per class. */
export function successionClasses(sigs: readonly number[], targets: readonly number[],
  forbidden: (x: number, y: number) => boolean, merge = true): { clsOf: Int32Array; clsRep: number[] } {
  const clsOf = new Int32Array(sigs.length);
  const clsRep: number[] = [];
  const clsKey = new Map<string, number>();
  for (let x = 0; x < sigs.length; x++) {
    let key = merge ? '' : String(x);
    if (merge) for (const y of targets) key += forbidden(sigs[x]!, y) ? '1' : '0';
    let c = clsKey.get(key);
    if (c === undefined) {
      c = clsRep.length;
      clsKey.set(key, c);
      clsRep.push(sigs[x]!);
    }
    clsOf[x] = c;
  }
  return { clsOf, clsRep };
}

/** Fills, for each class x (and x = nCls: after a day off), the choices of one day worth trying:
 * those the successions allow (only the pinned one `fj` when ≥ 0), and of several reaching the
 * same state (same target offset, minutes units and count step) only the cheapest. The choices of x are
 * optJ[optStart[x] .. optStart[x + 1]). */
export function successorOptions(clsRep: readonly number[], S: readonly number[], fj: number, jOff: Int32Array,
  jUnits: Int32Array, jCnt: Int32Array, jCost: Float64Array, forbidden: (x: number, y: number) => boolean,
  optStart: Int32Array, optJ: Int32Array): void {
  const nCls = clsRep.length;
  const nc = S.length;
  let nOpt = 0;
  for (let x = 0; x <= nCls; x++) {
    optStart[x] = nOpt;
    const first = nOpt;
    for (let j = 0; j < nc; j++) {
      if (fj >= 0 && j !== fj) continue;
      if (x < nCls && forbidden(clsRep[x]!, S[j]!)) continue;
      let dup = -1;
      for (let t = first; t < nOpt; t++) {
        const o = optJ[t]!;
        if (jOff[o] === jOff[j] && jUnits[o] === jUnits[j] && jCnt[o] === jCnt[j]) {
          dup = t;
          break;
        }
      }
      if (dup < 0) optJ[nOpt++] = j;
      else if (jCost[j]! < jCost[optJ[dup]!]!) optJ[dup] = j;
    }
  }
  optStart[nCls + 1] = nOpt;
}
