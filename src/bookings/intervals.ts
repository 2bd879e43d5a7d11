// Half-open time intervals [start, end) in epoch milliseconds: sort-merge, subtract, intersect.
// Pure; inputs are never mutated.

export interface Interval {
  start: number;
  end: number;
}

/** Sorted, non-overlapping, non-empty; touching intervals are joined. */
export function normalize(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** `from` minus every interval of `cut`. */
export function subtract(from: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const cuts = normalize(cut);
  const out: Interval[] = [];
  for (const f of normalize(from)) {
    let start = f.start;
    for (const c of cuts) {
      if (c.end <= start) continue;
      if (c.start >= f.end) break;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= f.end) break;
    }
    if (start < f.end) out.push({ start, end: f.end });
  }
  return out;
}

/** Parts of `a` that also lie in `b`. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (end > start) out.push({ start, end });
    if (p.end < q.end) i++;
    else j++;
  }
  return out;
}

/** True when [start, end) lies inside one interval of a normalized list. */
export function covers(list: readonly Interval[], start: number, end: number): boolean {
  return list.some((i) => i.start <= start && end <= i.end);
}

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
