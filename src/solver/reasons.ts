// Why a person cannot take a seat: the first hard rule (registry order) a trial assignment breaks,
// as a short Chinese reason that aggregates well ("缺技能 劳动争议", "请假", "时间冲突（含路程）").
import { blockedKindText } from './constraints/availability.js';
import { CATALOG } from './constraints/catalog.js';
import type { Model } from './model/model.js';
import type { Score } from './problem.js';
import { terms } from './sentences.js';

const SHORT: Record<string, string> = {
  'no-overlap': '时间冲突（含路程）',
  rest: '休息时间不足',
  successions: '次日班次衔接禁止',
  'shift-limits': '超出班次或工时上限',
  'consecutive-days': '连续工作天数超限',
  'consecutive-days-off': '连续休息天数不足',
  weekends: '周末数超限',
  pinned: '与固定安排冲突',
  appointee: '非指定人员',
};

const ORDER = new Map(CATALOG.map((c, i) => [c.id, i]));

/** Detail of a qualification failure from the raw data. */
export function qualificationReason(m: Model, p: number, g: number): string | null {
  const person = m.problem.people[p]!;
  const seat = m.problem.shifts[m.gShift[g]!]!.seats[m.gSeat[g]!]!;
  if (seat.roles && seat.roles.length > 0 && !seat.roles.some((r) => person.roles.includes(r))) return `角色不符（需${terms(m, 'roles', seat.roles, '或')}）`;
  const skills = (seat.skills ?? []).filter((s) => !(person.skills ?? []).includes(s));
  if (skills.length > 0) return `缺技能 ${terms(m, 'skills', skills)}`;
  const langs = (seat.languages ?? []).filter((s) => !(person.languages ?? []).includes(s));
  if (langs.length > 0) return `缺语言 ${terms(m, 'languages', langs)}`;
  return null;
}

export function availabilityReason(m: Model, p: number, g: number): string | null {
  const s = m.gShift[g]!;
  const b = (m.problem.people[p]!.blocked ?? []).find((x) => x.start < m.sEnd[s]! && m.sStart[s]! < x.end);
  return b ? blockedKindText(b.kind) : null;
}

/** Short reason for a hard constraint id broken by giving group g to p. */
export function hardReason(m: Model, p: number, g: number, id: string): string {
  if (id === 'qualification') return qualificationReason(m, p, g) ?? '资格不符';
  if (id === 'availability') return availabilityReason(m, p, g) ?? '不可用';
  return SHORT[id] ?? CATALOG.find((c) => c.id === id)?.name ?? id;
}

/** Reason of the first hard constraint (registry order) among per-constraint deltas, or null. */
export function firstHardReason(m: Model, p: number, g: number, deltas: Map<string, Score>): { constraint: string; reason: string } | null {
  const hard = [...deltas].filter(([, d]) => d.hard > 1e-9).sort((a, b) => (ORDER.get(a[0]) ?? 0) - (ORDER.get(b[0]) ?? 0));
  const first = hard[0];
  if (!first) return null;
  return { constraint: first[0], reason: hardReason(m, p, g, first[0]) };
}
