// Compiles the people part of a Problem: limits into counters and bounds, wishes by day,
// blocked ranges, per-person successions and rest, pins and the previous roster.
import type { Limit, Problem } from '../problem.js';
import { compileBound, type CBound, type Counter, type CWish } from './model.js';

interface Interner {
  map: Map<string, number>;
  id(s: string): number;
}

export interface PeopleContext {
  D: number;
  G: number;
  S: number;
  tags: Interner;
  districts: Interner;
  langIds: Interner;
  personIndex: Map<string, number>;
  shiftIndex: Map<string, number>;
  locIndex: Map<string, number>;
  nSig: number;
  sigTags: Int32Array[];
  fillSucc(m: Uint8Array, rules: readonly { from: string; to: string }[]): void;
  sGroup0: Int32Array;
}

const DAY_KIND = { weekend: 1, holiday: 2, 'weekend-or-holiday': 3 } as const;

/** Day ranges of a limit window; `full` is false for partial weeks (minimums skipped there). */
function windows(problem: Problem, w: Limit['window']): Array<{ from: number; to: number; full: boolean }> {
  const D = problem.days.length;
  if (w === undefined || w === 'period') return [{ from: 0, to: D - 1, full: true }];
  if (w === 'week') {
    const out: Array<{ from: number; to: number; full: boolean }> = [];
    let from = 0;
    for (let d = 1; d <= D; d++) {
      if (d === D || problem.days[d]!.weekday === 0) {
        out.push({ from, to: d - 1, full: d - from === 7 });
        from = d;
      }
    }
    return out;
  }
  return [{ from: Math.max(0, w.from), to: Math.min(D - 1, w.to), full: true }];
}

export function compilePeople(problem: Problem, c: PeopleContext) {
  const { D, G, S } = c;
  const P = problem.people.length;
  const pDistrict = new Int32Array(P).fill(-1);
  const pHome = new Int32Array(P).fill(-1);
  const pSubsidised = new Uint8Array(P);
  const pCentral = new Uint8Array(P);
  const pFairGroup = new Int32Array(P);
  const fair = new Map<string, number>();
  const pLangs: Set<number>[] = [];
  const pBlocked: Int32Array[] = [];
  const pCounters: Int32Array[] = [];
  const counters: Counter[] = [];
  const pConsec: CBound[][] = [];
  const pConsecOff: CBound[][] = [];
  const pWeekends: CBound[][] = [];
  const pWishDay = new Map<number, CWish[]>();
  const pWishAny: CWish[][] = [];
  const pSucc: (Uint8Array | null)[] = [];
  const pRest: (Int32Array | null)[] = [];
  problem.people.forEach((person, p) => {
    if (person.district !== undefined) pDistrict[p] = c.districts.id(person.district);
    if (person.home !== undefined) pHome[p] = c.locIndex.get(person.home) ?? -1;
    pSubsidised[p] = person.subsidised === false ? 0 : 1;
    pCentral[p] = person.central ? 1 : 0;
    const fg = person.fairnessGroup ?? person.roles[0] ?? '';
    if (!fair.has(fg)) fair.set(fg, fair.size);
    pFairGroup[p] = fair.get(fg)!;
    pLangs.push(new Set((person.languages ?? []).map((l) => c.langIds.id(l))));
    pBlocked.push(Int32Array.from((person.blocked ?? []).flatMap((b) => [b.start, b.end])));
    const mine: number[] = [];
    const consec: CBound[] = [], consecOff: CBound[] = [], weekends: CBound[] = [];
    (person.limits ?? []).forEach((lim, li) => {
      const bound = compileBound(lim);
      if (lim.kind === 'consecutiveDays') consec.push(bound);
      else if (lim.kind === 'consecutiveDaysOff') consecOff.push(bound);
      else if (lim.kind === 'weekends') weekends.push(bound);
      else {
        const tag = lim.tag === undefined ? -1 : c.tags.map.get(lim.tag) ?? -2;
        if (tag === -2) {
          // A tag no shift carries: the count is always 0, so only a minimum can bite.
          if (bound.hardMin <= 0 && bound.softMin <= 0) return;
        }
        for (const w of windows(problem, lim.window)) {
          const b = w.full ? bound : { ...bound, hardMin: -Infinity, softMin: -Infinity };
          mine.push(counters.length);
          counters.push({
            person: p, from: w.from, to: w.to, tag, dayKind: lim.dayKind ? DAY_KIND[lim.dayKind] : 0,
            minutes: lim.kind === 'minutes', bound: b, limit: li,
          });
        }
      }
    });
    pCounters.push(Int32Array.from(mine));
    pConsec.push(consec);
    pConsecOff.push(consecOff);
    pWeekends.push(weekends);
    const any: CWish[] = [];
    (person.wishes ?? []).forEach((w, index) => {
      const cw: CWish = {
        want: w.want, weight: w.weight, day: w.day ?? -1,
        tag: w.tag === undefined ? -1 : c.tags.map.get(w.tag) ?? -2,
        shift: w.shift === undefined ? -1 : c.shiftIndex.get(w.shift) ?? -2,
        site: w.site === undefined ? -1 : c.locIndex.get(w.site) ?? -2, index,
      };
      if (cw.day < 0) any.push(cw);
      else {
        const key = p * D + cw.day;
        const list = pWishDay.get(key);
        if (list) list.push(cw);
        else pWishDay.set(key, [cw]);
      }
    });
    pWishAny.push(any);
    if (person.successions && person.successions.length > 0) {
      const m = new Uint8Array(c.nSig * c.nSig);
      c.fillSucc(m, person.successions);
      pSucc.push(m);
    } else pSucc.push(null);
    const rest = (person.rest ?? []).flatMap((r) => {
      const t = c.tags.map.get(r.afterTag);
      return t === undefined ? [] : [t, r.minutes];
    });
    pRest.push(rest.length > 0 ? Int32Array.from(rest) : null);
  });

  const groupOf = (shift: string, seat: number | undefined): number => {
    const s = c.shiftIndex.get(shift)!;
    return c.sGroup0[s]! + (seat ?? 0);
  };
  const pinsTmp: number[][] = Array.from({ length: P }, () => []);
  const pinned = new Set<number>();
  for (const pin of problem.pins ?? []) {
    const p = c.personIndex.get(pin.person)!;
    const g = groupOf(pin.shift, pin.seat);
    if (pinned.has(p * G + g)) continue;
    pinned.add(p * G + g);
    pinsTmp[p]!.push(g);
  }
  const prev = new Set<number>();
  const prevTmp: number[][] = Array.from({ length: P }, () => []);
  for (const a of problem.previous ?? []) {
    const p = c.personIndex.get(a.person)!;
    const s = c.shiftIndex.get(a.shift)!;
    if (prev.has(p * S + s)) continue;
    prev.add(p * S + s);
    prevTmp[p]!.push(s);
  }
  return {
    pDistrict, pHome, pSubsidised, pCentral, pFairGroup, nFairGroups: fair.size, pLangs, pBlocked,
    pCounters, counters, pConsec, pConsecOff, pWeekends, pWishDay, pWishAny, pSucc, pRest,
    pPins: pinsTmp.map((x) => Int32Array.from(x)), pinned, prev,
    pPrev: prevTmp.map((x) => Int32Array.from(x)), hasPrev: (problem.previous ?? []).length > 0,
  };
}
