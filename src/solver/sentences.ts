// Building blocks of violation sentences (Chinese): who, where, when, in the words coordinators
// use, e.g. "王芳 12-03 09:00 同时在发耳镇工作站和水城区公共法律服务中心（含路程 35 分钟）".
import type { Model } from './model/model.js';
import type { TermLabels } from './problem.js';

export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function who(m: Model, p: number): string {
  return m.problem.people[p]?.name ?? `#${p}`;
}

export function site(m: Model, s: number): string {
  return m.problem.locations[m.sLoc[s]!]?.name ?? '';
}

export function dayLabel(m: Model, d: number): string {
  return m.dayLabel[d] ?? `第${d + 1}天`;
}

/** "12-03 09:00" */
export function when(m: Model, s: number): string {
  return `${dayLabel(m, m.sDay[s]!)} ${hhmm(m.sStart[s]!)}`;
}

/** "发耳镇工作站 12-03 09:00–12:00 法律咨询" (the name left out when it only repeats the place). */
export function shiftText(m: Model, s: number): string {
  const sh = m.problem.shifts[s]!;
  const place = site(m, s);
  const name = sh.name ?? sh.id;
  const head = `${place ? `${place} ` : ''}${when(m, s)}–${hhmm(m.sEnd[s]!)}`;
  return name === place ? head : `${head} ${name}`;
}

/** Display names of codes of one kind ("公证员" for notary), joined; a code without one is shown
 * as it is. */
export function terms(m: Model, kind: keyof TermLabels, codes: readonly string[], sep = '、'): string {
  const names = m.problem.labels?.[kind];
  return codes.map((c) => names?.[c] ?? c).join(sep);
}

export function yuan(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}
