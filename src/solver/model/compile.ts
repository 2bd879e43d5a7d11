// Problem → Model: resolves string ids to indices, flattens seat groups, builds shared eligibility
// lists (one per distinct qualification, so memory stays O(signatures × people), not
// O(seats × people)), and resolves weights. Assumes the Problem passed schemas/problem.ts.
import type { Problem, SeatGroup } from '../problem.js';
import { resolveWeights } from '../constraints/catalog.js';
import { compilePeople } from './compile-people.js';
import type { Model } from './model.js';
import { buildTravel } from './travel.js';

const DAY = 1440;

function interner(): { map: Map<string, number>; id(s: string): number } {
  const map = new Map<string, number>();
  return {
    map,
    id(s: string) {
      let v = map.get(s);
      if (v === undefined) {
        v = map.size;
        map.set(s, v);
      }
      return v;
    },
  };
}

export function compile(problem: Problem): Model {
  const D = problem.days.length;
  const P = problem.people.length;
  const S = problem.shifts.length;
  const L = problem.locations.length;
  const tags = interner();
  const districts = interner();
  const locIndex = new Map(problem.locations.map((l, i) => [l.id, i]));
  const personIndex = new Map(problem.people.map((p, i) => [p.id, i]));
  const shiftIndex = new Map(problem.shifts.map((s, i) => [s.id, i]));
  const travel = buildTravel(problem.locations, problem.travel);

  // Days and weekends (a weekend is a maximal run of weekend-flagged days).
  const dayWeekend = new Uint8Array(D);
  const dayHoliday = new Uint8Array(D);
  const dayWeekendId = new Int32Array(D).fill(-1);
  let nWeekends = 0;
  problem.days.forEach((d, i) => {
    dayWeekend[i] = d.weekend ?? (d.weekday >= 5 && !d.makeUpWorkday) ? 1 : 0;
    dayHoliday[i] = d.holiday ? 1 : 0;
  });
  for (let i = 0; i < D; i++) {
    if (!dayWeekend[i]) continue;
    dayWeekendId[i] = i > 0 && dayWeekend[i - 1] ? dayWeekendId[i - 1]! : nWeekends++;
  }
  const dayLabel = problem.days.map((d, i) => d.label ?? `第${i + 1}天`);

  // Demands: shared flexible ones first, then one per seat group without `demand`.
  const demandIndex = new Map<string, number>();
  const dCount: number[] = [];
  const dUnder: number[] = [];
  const dOver: number[] = [];
  const dName: string[] = [];
  for (const d of problem.demands ?? []) {
    demandIndex.set(d.id, dCount.length);
    dCount.push(d.count);
    dUnder.push(d.weightUnder ?? 1);
    dOver.push(d.weightOver ?? 1);
    dName.push(d.name ?? d.id);
  }

  // Qualification masks keyed by (roles, skills, languages); candidate lists additionally by the
  // seat's allowed people. Both are shared by every seat group with the same key.
  const qualKey = new Map<string, number>();
  const qualMask: Uint8Array[] = [];
  const candKey = new Map<string, number>();
  const candList: Int32Array[] = [];
  const candMask: Uint8Array[] = [];
  const personSkills = problem.people.map((p) => new Set(p.skills ?? []));
  const personLangs = problem.people.map((p) => new Set(p.languages ?? []));
  const personRoles = problem.people.map((p) => new Set(p.roles));
  const qualFor = (seat: SeatGroup): number => {
    const key = JSON.stringify([
      [...(seat.roles ?? [])].sort(), [...(seat.skills ?? [])].sort(), [...(seat.languages ?? [])].sort(),
    ]);
    const hit = qualKey.get(key);
    if (hit !== undefined) return hit;
    const mask = new Uint8Array(P);
    for (let p = 0; p < P; p++) {
      if (seat.roles && seat.roles.length > 0 && !seat.roles.some((r) => personRoles[p]!.has(r))) continue;
      if (seat.skills && !seat.skills.every((s) => personSkills[p]!.has(s))) continue;
      if (seat.languages && !seat.languages.every((s) => personLangs[p]!.has(s))) continue;
      mask[p] = 1;
    }
    qualKey.set(key, qualMask.length);
    qualMask.push(mask);
    return qualMask.length - 1;
  };
  const candFor = (q: number, seat: SeatGroup): number => {
    const allowedKey = seat.allowedPeople ? [...seat.allowedPeople].sort().join('\u0000') : '*';
    const key = `${q}|${allowedKey}`;
    const hit = candKey.get(key);
    if (hit !== undefined) return hit;
    const qm = qualMask[q]!;
    const mask = new Uint8Array(P);
    const list: number[] = [];
    if (seat.allowedPeople) {
      for (const id of seat.allowedPeople) {
        const p = personIndex.get(id);
        if (p !== undefined && qm[p] && !mask[p]) { mask[p] = 1; list.push(p); }
      }
      list.sort((a, b) => a - b);
    } else {
      for (let p = 0; p < P; p++) if (qm[p]) { mask[p] = 1; list.push(p); }
    }
    candKey.set(key, candList.length);
    candList.push(Int32Array.from(list));
    candMask.push(mask);
    return candList.length - 1;
  };

  // Shifts and seat groups.
  const sStart = new Int32Array(S), sEnd = new Int32Array(S), sDay = new Int32Array(S);
  const sLoc = new Int32Array(S), sDistrict = new Int32Array(S).fill(-1);
  const sCost = new Float64Array(S), sCross = new Float64Array(S);
  const sTags: Int32Array[] = [];
  const sSig = new Int32Array(S);
  const sigKey = new Map<string, number>();
  const sigTags: Int32Array[] = [];
  const sGroup0 = new Int32Array(S), sGroupN = new Int32Array(S);
  const sWeekendish = new Uint8Array(S), sNight = new Uint8Array(S);
  const gShift: number[] = [], gSeat: number[] = [], gDemand: number[] = [], gCand: number[] = [];
  const gQual: number[] = [];
  const gAllowed: (Set<number> | null)[] = [];
  const gPreferred: (Int32Array | null)[] = [];
  const langIds = interner();
  problem.people.forEach((p) => (p.languages ?? []).forEach((l) => langIds.id(l)));
  let maxDur = 0;
  problem.shifts.forEach((sh, s) => {
    sStart[s] = sh.start;
    sEnd[s] = sh.end;
    sDay[s] = sh.day;
    sLoc[s] = locIndex.get(sh.site) ?? 0;
    if (sh.district !== undefined) sDistrict[s] = districts.id(sh.district);
    sCost[s] = sh.costFen ?? 0;
    sCross[s] = sh.crossDistrictFen ?? 0;
    const t = Int32Array.from((sh.tags ?? []).map((x) => tags.id(x)));
    sTags.push(t);
    const sk = [...t].sort((a, b) => a - b).join(',');
    let sig = sigKey.get(sk);
    if (sig === undefined) {
      sig = sigTags.length;
      sigKey.set(sk, sig);
      sigTags.push(t);
    }
    sSig[s] = sig;
    const tagSet = new Set(sh.tags ?? []);
    const day = problem.days[sh.day];
    sWeekendish[s] = dayWeekend[sh.day] || day?.holiday || tagSet.has('weekend') || tagSet.has('holiday') ? 1 : 0;
    sNight[s] = tagSet.has('night') ? 1 : 0;
    maxDur = Math.max(maxDur, sh.end - sh.start);
    sGroup0[s] = gShift.length;
    sGroupN[s] = sh.seats.length;
    sh.seats.forEach((seat, k) => {
      gShift.push(s);
      gSeat.push(k);
      let dem = seat.demand !== undefined ? demandIndex.get(seat.demand) : undefined;
      if (dem === undefined) {
        dem = dCount.length;
        dCount.push(seat.count ?? 0);
        dUnder.push(seat.weightUnder ?? 1);
        dOver.push(seat.weightOver ?? 1);
        dName.push(sh.name ?? sh.id);
      }
      gDemand.push(dem);
      const q = qualFor(seat);
      gQual.push(q);
      gCand.push(candFor(q, seat));
      gAllowed.push(seat.allowedPeople
        ? new Set(seat.allowedPeople.map((id) => personIndex.get(id)).filter((x): x is number => x !== undefined))
        : null);
      gPreferred.push(seat.preferredLanguages && seat.preferredLanguages.length > 0
        ? Int32Array.from(seat.preferredLanguages.map((l) => langIds.id(l))) : null);
    });
  });
  const G = gShift.length;
  const nDemand = dCount.length;
  const dGroupsTmp: number[][] = Array.from({ length: nDemand }, () => []);
  gDemand.forEach((d, g) => dGroupsTmp[d]!.push(g));
  const byDayTmp: number[][] = Array.from({ length: D }, () => []);
  gShift.forEach((s, g) => byDayTmp[sDay[s]!]!.push(g));

  // Problem-level rules: successions by tag-set signature, rest minutes per shift.
  const nSig = sigTags.length;
  const succ = new Uint8Array(nSig * nSig);
  const fillSucc = (m: Uint8Array, rules: readonly { from: string; to: string }[]) => {
    for (const r of rules) {
      const a = tags.map.get(r.from), b = tags.map.get(r.to);
      if (a === undefined || b === undefined) continue;
      for (let x = 0; x < nSig; x++) {
        if (!sigTags[x]!.includes(a)) continue;
        for (let y = 0; y < nSig; y++) if (sigTags[y]!.includes(b)) m[x * nSig + y] = 1;
      }
    }
  };
  fillSucc(succ, problem.successions ?? []);
  const sRest = new Int32Array(S);
  let maxRest = 0;
  for (const r of problem.rest ?? []) {
    const t = tags.map.get(r.afterTag);
    if (t === undefined) continue;
    for (let s = 0; s < S; s++) if (sTags[s]!.includes(t)) sRest[s] = Math.max(sRest[s]!, r.minutes);
    maxRest = Math.max(maxRest, r.minutes);
  }
  for (const p of problem.people) for (const r of p.rest ?? []) maxRest = Math.max(maxRest, r.minutes);

  for (const b of problem.budgets ?? []) districts.id(b.district);
  const people = compilePeople(problem, {
    D, G, S, tags, districts, langIds, personIndex, shiftIndex, locIndex, nSig, sigTags, fillSucc,
    sGroup0,
  });
  const candByDistrict = candList.map((list) => {
    const buckets: number[][] = Array.from({ length: districts.map.size + 1 }, () => []);
    for (const p of list) {
      const d = people.pDistrict[p]!;
      buckets[d >= 0 ? d : districts.map.size]!.push(p);
    }
    return buckets.map((b) => Int32Array.from(b));
  });
  const budget = new Float64Array(districts.map.size).fill(Number.POSITIVE_INFINITY);
  for (const b of problem.budgets ?? []) budget[districts.map.get(b.district)!] = b.fen;

  const durations = problem.shifts.map((x) => x.end - x.start).sort((x, y) => x - y);
  const minutesUnit = Math.max(1, durations[durations.length >> 1] ?? 60);
  const reach = Math.ceil((maxDur + Math.max(travel.maxMinutes, maxRest)) / DAY) + 1;
  return {
    problem, D, P, S, G, L, nDemand, nTags: tags.map.size, tagIndex: tags.map, personIndex, shiftIndex,
    locIndex, travel, reach, minutesUnit,
    dayWeekend, dayHoliday, dayWeekendId, nWeekends, dayLabel,
    sStart, sEnd, sDay, sLoc, sDistrict, sCost, sCross, sTags, sSig, nSig, sRest, sGroup0, sGroupN,
    sWeekendish, sNight,
    gShift: Int32Array.from(gShift), gSeat: Int32Array.from(gSeat), gDemand: Int32Array.from(gDemand),
    gCand: Int32Array.from(gCand), gQual: Int32Array.from(gQual), gAllowed, gPreferred, qualMask,
    groupsByDay: byDayTmp.map((x) => Int32Array.from(x)),
    candList, candMask, candByDistrict,
    dCount: Int32Array.from(dCount), dUnder: Float64Array.from(dUnder), dOver: Float64Array.from(dOver),
    dGroups: dGroupsTmp.map((x) => Int32Array.from(x)), dName,
    ...people,
    succ,
    districtNames: [...districts.map.keys()],
    budget,
    sinkingTag: problem.sinking ? tags.map.get(problem.sinking.tag ?? 'remote') ?? -1 : -1,
    sinkingMin: problem.sinking?.minPerPerson ?? 0,
    coverSoft: problem.coverLevel === 'soft',
    weights: resolveWeights(problem.weights),
  };
}
