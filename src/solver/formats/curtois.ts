// Curtois shift-scheduling benchmark (Instance1…24) ↔ the Problem model. Pure: takes and returns
// strings. Mapping: one shift per (day, shift type) carrying the type as its tag and name, starting
// at the day's first minute so two shifts of one day overlap (H1); MaxShifts 0 becomes a missing
// skill; the other staff limits become bounds; days off become blocked days; requests become
// wishes; cover becomes seat counts with the file's weights. Under-cover is soft so that the soft
// score equals the benchmark objective (FORMAT.md §5) whenever the hard score is 0.
import type { Assignment, Limit, Person, Problem, Shift } from '../problem.js';

const DAY = 1440;

export interface CurtoisShiftType {
  id: string;
  minutes: number;
  forbiddenNext: string[];
}

function sections(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let current: string[][] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line.startsWith('#')) continue;
    if (line === '') {
      current = null;
      continue;
    }
    if (line.startsWith('SECTION_')) {
      current = [];
      out.set(line, current);
      continue;
    }
    if (current) current.push(line.split(','));
  }
  return out;
}

export function shiftId(day: number, type: string): string {
  return `${type}@${day}`;
}

function int(s: string | undefined, what: string): number {
  const v = Number(s);
  if (s === undefined || s === '' || !Number.isInteger(v)) throw new Error(`curtois: bad integer for ${what}: "${s}"`);
  return v;
}

/** Parses an instance file into a Problem (throws with the line's content on malformed input). */
export function parseCurtois(text: string, name = 'curtois'): Problem {
  const sec = sections(text);
  const need = (k: string) => {
    const v = sec.get(k);
    if (!v) throw new Error(`curtois: missing ${k}`);
    return v;
  };
  const H = int(need('SECTION_HORIZON')[0]?.[0], 'horizon');
  const types: CurtoisShiftType[] = need('SECTION_SHIFTS').map((f) => ({
    id: f[0]!, minutes: int(f[1], `length of ${f[0]}`), forbiddenNext: (f[2] ?? '').split('|').filter(Boolean),
  }));
  const typeMinutes = new Map(types.map((t) => [t.id, t.minutes]));
  const people: Person[] = need('SECTION_STAFF').map((f) => {
    const id = f[0]!;
    const max = new Map((f[1] ?? '').split('|').filter(Boolean).map((kv) => {
      const [k, v] = kv.split('=');
      return [k!, int(v, `MaxShifts of ${id}`)] as const;
    }));
    const limits: Limit[] = [];
    const skills: string[] = [];
    for (const t of types) {
      const lim = max.get(t.id);
      if (lim === 0) continue;
      skills.push(`shift:${t.id}`);
      if (lim !== undefined && lim < H) limits.push({ kind: 'shifts', tag: t.id, hardMax: lim });
    }
    limits.push({ kind: 'minutes', hardMax: int(f[2], `MaxTotalMinutes of ${id}`), hardMin: int(f[3], `MinTotalMinutes of ${id}`) });
    limits.push({ kind: 'consecutiveDays', hardMax: int(f[4], `MaxConsecutiveShifts of ${id}`), hardMin: int(f[5], `MinConsecutiveShifts of ${id}`) });
    limits.push({ kind: 'consecutiveDaysOff', hardMin: int(f[6], `MinConsecutiveDaysOff of ${id}`) });
    limits.push({ kind: 'weekends', hardMax: int(f[7], `MaxWeekends of ${id}`) });
    return { id, name: id, roles: ['staff'], skills, limits, blocked: [], wishes: [] };
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const person = (id: string | undefined) => {
    const p = id === undefined ? undefined : byId.get(id);
    if (!p) throw new Error(`curtois: unknown employee "${id}"`);
    return p;
  };
  for (const f of need('SECTION_DAYS_OFF')) {
    const p = person(f[0]);
    for (const d of f.slice(1)) {
      const day = int(d, `day off of ${p.id}`);
      p.blocked!.push({ start: day * DAY, end: (day + 1) * DAY, kind: 'day-off' });
    }
  }
  for (const [key, want] of [['SECTION_SHIFT_ON_REQUESTS', true], ['SECTION_SHIFT_OFF_REQUESTS', false]] as const) {
    for (const f of sec.get(key) ?? []) {
      person(f[0]).wishes!.push({ want, day: int(f[1], 'request day'), tag: f[2]!, weight: int(f[3], 'request weight') });
    }
  }
  const cover = new Map<string, { count: number; under: number; over: number }>();
  for (const f of need('SECTION_COVER')) {
    cover.set(shiftId(int(f[0], 'cover day'), f[1]!), { count: int(f[2], 'requirement'), under: int(f[3], 'weight under'), over: int(f[4], 'weight over') });
  }
  const shifts: Shift[] = [];
  for (let d = 0; d < H; d++) {
    for (const t of types) {
      const id = shiftId(d, t.id);
      const c = cover.get(id) ?? { count: 0, under: 0, over: 0 };
      shifts.push({
        id, name: t.id, site: 'unit', start: d * DAY, end: d * DAY + typeMinutes.get(t.id)!, day: d, tags: [t.id],
        seats: [{ skills: [`shift:${t.id}`], count: c.count, weightUnder: c.under, weightOver: c.over }],
      });
    }
  }
  const off = ['preferred-language', 'travel', 'fair-duties', 'fair-weekends', 'fair-nights', 'fair-travel', 'continuity',
    'resource-sinking', 'budget', 'minimal-change'];
  return {
    name,
    days: Array.from({ length: H }, (_, d) => ({ weekday: d % 7, weekend: d % 7 >= 5, label: `D${d}` })),
    locations: [{ id: 'unit', name: '' }],
    shifts,
    people,
    successions: types.flatMap((t) => t.forbiddenNext.map((n) => ({ from: t.id, to: n }))),
    weights: Object.fromEntries(off.map((k) => [k, 0])),
    coverLevel: 'soft',
  };
}

/** Shift type worked by each person on each day ('.' = off), in the Problem's people order. */
export function rosterGrid(problem: Problem, assignments: readonly Assignment[]): string[][] {
  const H = problem.days.length;
  const row = new Map(problem.people.map((p) => [p.id, new Array<string>(H).fill('.')]));
  const shifts = new Map(problem.shifts.map((s) => [s.id, s]));
  for (const a of assignments) {
    const s = shifts.get(a.shift);
    const r = row.get(a.person);
    if (!s || !r) continue;
    r[s.day] = r[s.day] === '.' ? (s.name ?? s.id) : `${r[s.day]}+${s.name ?? s.id}`;
  }
  return problem.people.map((p) => row.get(p.id)!);
}

/** The roster as text: one line per employee, `ID s0 s1 … s{H-1}`. */
export function writeRoster(problem: Problem, assignments: readonly Assignment[]): string {
  const grid = rosterGrid(problem, assignments);
  return problem.people.map((p, i) => [p.id, ...grid[i]!].join(' ')).join('\n') + '\n';
}

/** Reads a roster written by writeRoster back into assignments of the Problem. */
export function readRoster(problem: Problem, text: string): Assignment[] {
  const out: Assignment[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0] === '') continue;
    const [id, ...days] = f;
    days.forEach((cell, d) => {
      if (cell === '.' || cell === '') return;
      for (const t of cell.split('+')) out.push({ person: id!, shift: shiftId(d, t) });
    });
  }
  return out;
}
