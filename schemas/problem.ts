// Zod schema of the solver's Problem JSON (src/solver/problem.ts). Validates shapes and every
// cross-reference, reporting the path at fault: an unknown person in a pin, a shift that ends
// before it starts, negative counts, NaN weights, a bound whose minimum exceeds its maximum …
import { z } from 'zod';
import { CATALOG } from '../src/solver/constraints/catalog.js';
import type { Problem } from '../src/solver/problem.js';

const DAY = 1440;
const id = z.string().min(1);
/** Code → display name (a name may not be empty). */
const labelMap = z.record(z.string(), z.string().min(1)).optional();
const nonNeg = z.number().min(0);
const count = z.number().int().min(0);
const minute = z.number().int().min(0);

const boundFields = {
  hardMin: nonNeg.optional(),
  softMin: nonNeg.optional(),
  softMax: nonNeg.optional(),
  hardMax: nonNeg.optional(),
  weight: nonNeg.optional(),
};

function orderedBound(b: { hardMin?: number | undefined; softMin?: number | undefined; softMax?: number | undefined; hardMax?: number | undefined }, ctx: z.RefinementCtx): void {
  const seq: Array<[keyof typeof b, number | undefined]> = [['hardMin', b.hardMin], ['softMin', b.softMin], ['softMax', b.softMax], ['hardMax', b.hardMax]];
  let prev: [string, number] | null = null;
  for (const [k, v] of seq) {
    if (v === undefined) continue;
    if (prev && v < prev[1]) ctx.addIssue({ code: 'custom', path: [k], message: `${k} (${v}) is below ${prev[0]} (${prev[1]})` });
    prev = [k, v];
  }
}

export const dayInfoSchema = z.object({
  weekday: z.number().int().min(0).max(6),
  label: z.string().optional(),
  weekend: z.boolean().optional(),
  holiday: z.boolean().optional(),
  makeUpWorkday: z.boolean().optional(),
});

export const locationSchema = z.object({
  id,
  name: z.string(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  district: z.string().optional(),
  online: z.boolean().optional(),
});

export const seatGroupSchema = z.object({
  roles: z.array(id).optional(),
  skills: z.array(id).optional(),
  languages: z.array(id).optional(),
  preferredLanguages: z.array(id).optional(),
  count: count.optional(),
  weightUnder: nonNeg.optional(),
  weightOver: nonNeg.optional(),
  allowedPeople: z.array(id).optional(),
  demand: id.optional(),
}).refine((s) => s.count !== undefined || s.demand !== undefined, { message: 'a seat group needs a count or a demand', path: ['count'] });

export const shiftSchema = z.object({
  id,
  name: z.string().optional(),
  site: id,
  start: minute,
  end: minute,
  day: z.number().int().min(0),
  tags: z.array(id).optional(),
  district: z.string().optional(),
  costFen: z.number().int().min(0).optional(),
  crossDistrictFen: z.number().int().min(0).optional(),
  seats: z.array(seatGroupSchema).min(1),
}).superRefine((s, ctx) => {
  if (s.end <= s.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `shift ends (${s.end}) before it starts (${s.start})` });
  if (s.start < s.day * DAY || s.start >= (s.day + 1) * DAY) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: `start ${s.start} does not fall on day ${s.day}` });
  }
});

export const demandSchema = z.object({
  id,
  name: z.string().optional(),
  count,
  weightUnder: nonNeg.optional(),
  weightOver: nonNeg.optional(),
});

const windowSchema = z.union([z.literal('period'), z.literal('week'), z.object({ from: z.number().int().min(0), to: z.number().int().min(0) })]);

export const limitSchema = z.object({
  kind: z.enum(['shifts', 'minutes', 'consecutiveDays', 'consecutiveDaysOff', 'weekends']),
  tag: id.optional(),
  dayKind: z.enum(['weekend', 'holiday', 'weekend-or-holiday']).optional(),
  window: windowSchema.optional(),
  ...boundFields,
}).superRefine(orderedBound);

export const wishSchema = z.object({
  want: z.boolean(),
  weight: nonNeg,
  day: z.number().int().min(0).optional(),
  tag: id.optional(),
  shift: id.optional(),
  site: id.optional(),
});

const successionSchema = z.object({ from: id, to: id });
const restSchema = z.object({ afterTag: id, minutes: minute });

export const personSchema = z.object({
  id,
  name: z.string(),
  roles: z.array(id),
  skills: z.array(id).optional(),
  languages: z.array(id).optional(),
  home: id.optional(),
  district: z.string().optional(),
  subsidised: z.boolean().optional(),
  central: z.boolean().optional(),
  fairnessGroup: z.string().optional(),
  blocked: z.array(z.object({ start: minute, end: minute, kind: z.string() }).refine((b) => b.end > b.start, { message: 'blocked range ends before it starts', path: ['end'] })).optional(),
  limits: z.array(limitSchema).optional(),
  wishes: z.array(wishSchema).optional(),
  successions: z.array(successionSchema).optional(),
  rest: z.array(restSchema).optional(),
});

const assignmentSchema = z.object({ person: id, shift: id, seat: z.number().int().min(0).optional() });

export const travelSchema = z.object({
  detourFactor: z.number().min(1).optional(),
  speedKmh: z.number().positive().optional(),
  overheadMinutes: nonNeg.optional(),
  matrix: z.array(z.object({ from: id, to: id, minutes: nonNeg })).optional(),
});

const KNOWN = new Set(CATALOG.map((c) => c.id));

function unique(items: readonly { id: string }[], path: string, ctx: z.RefinementCtx): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${x.id}"` });
    seen.add(x.id);
  });
  return seen;
}

export const problemSchema = z.object({
  name: z.string().optional(),
  days: z.array(dayInfoSchema).min(1),
  locations: z.array(locationSchema).min(1),
  travel: travelSchema.optional(),
  shifts: z.array(shiftSchema),
  demands: z.array(demandSchema).optional(),
  people: z.array(personSchema),
  successions: z.array(successionSchema).optional(),
  rest: z.array(restSchema).optional(),
  pins: z.array(assignmentSchema.extend({ source: z.string().optional() })).optional(),
  previous: z.array(assignmentSchema).optional(),
  budgets: z.array(z.object({ district: z.string(), fen: z.number().int().min(0) })).optional(),
  sinking: z.object({ tag: id.optional(), minPerPerson: count }).optional(),
  weights: z.record(z.string(), nonNeg).optional(),
  coverLevel: z.enum(['medium', 'soft']).optional(),
  labels: z.object({
    roles: labelMap, skills: labelMap, languages: labelMap, tags: labelMap,
  }).strict().optional(),
}).superRefine((p, ctx) => {
  const D = p.days.length;
  const locations = unique(p.locations, 'locations', ctx);
  const people = unique(p.people, 'people', ctx);
  const demands = unique(p.demands ?? [], 'demands', ctx);
  const shifts = new Map<string, number>();
  p.shifts.forEach((s, i) => {
    if (shifts.has(s.id)) ctx.addIssue({ code: 'custom', path: ['shifts', i, 'id'], message: `duplicate id "${s.id}"` });
    shifts.set(s.id, s.seats.length);
    if (!locations.has(s.site)) ctx.addIssue({ code: 'custom', path: ['shifts', i, 'site'], message: `unknown location "${s.site}"` });
    if (s.day >= D) ctx.addIssue({ code: 'custom', path: ['shifts', i, 'day'], message: `day ${s.day} is outside the ${D}-day period` });
    s.seats.forEach((seat, k) => {
      seat.allowedPeople?.forEach((a, j) => {
        if (!people.has(a)) ctx.addIssue({ code: 'custom', path: ['shifts', i, 'seats', k, 'allowedPeople', j], message: `unknown person "${a}"` });
      });
      if (seat.demand !== undefined && !demands.has(seat.demand)) {
        ctx.addIssue({ code: 'custom', path: ['shifts', i, 'seats', k, 'demand'], message: `unknown demand "${seat.demand}"` });
      }
    });
  });
  p.people.forEach((person, i) => {
    if (person.home !== undefined && !locations.has(person.home)) ctx.addIssue({ code: 'custom', path: ['people', i, 'home'], message: `unknown location "${person.home}"` });
    person.wishes?.forEach((w, j) => {
      if (w.day !== undefined && w.day >= D) ctx.addIssue({ code: 'custom', path: ['people', i, 'wishes', j, 'day'], message: `day ${w.day} is outside the period` });
      if (w.shift !== undefined && !shifts.has(w.shift)) ctx.addIssue({ code: 'custom', path: ['people', i, 'wishes', j, 'shift'], message: `unknown shift "${w.shift}"` });
      if (w.site !== undefined && !locations.has(w.site)) ctx.addIssue({ code: 'custom', path: ['people', i, 'wishes', j, 'site'], message: `unknown location "${w.site}"` });
    });
    person.limits?.forEach((l, j) => {
      if (typeof l.window === 'object' && (l.window.to < l.window.from || l.window.to >= D)) {
        ctx.addIssue({ code: 'custom', path: ['people', i, 'limits', j, 'window'], message: 'window must satisfy from ≤ to < days' });
      }
    });
  });
  for (const key of ['pins', 'previous'] as const) {
    (p[key] ?? []).forEach((a, i) => {
      if (!people.has(a.person)) ctx.addIssue({ code: 'custom', path: [key, i, 'person'], message: `unknown person "${a.person}"` });
      const seats = shifts.get(a.shift);
      if (seats === undefined) ctx.addIssue({ code: 'custom', path: [key, i, 'shift'], message: `unknown shift "${a.shift}"` });
      else if ((a.seat ?? 0) >= seats) ctx.addIssue({ code: 'custom', path: [key, i, 'seat'], message: `shift "${a.shift}" has ${seats} seat group(s)` });
    });
  }
  for (const k of Object.keys(p.weights ?? {})) {
    if (!KNOWN.has(k)) ctx.addIssue({ code: 'custom', path: ['weights', k], message: `unknown constraint "${k}"` });
  }
  p.travel?.matrix?.forEach((x, i) => {
    if (!locations.has(x.from)) ctx.addIssue({ code: 'custom', path: ['travel', 'matrix', i, 'from'], message: `unknown location "${x.from}"` });
    if (!locations.has(x.to)) ctx.addIssue({ code: 'custom', path: ['travel', 'matrix', i, 'to'], message: `unknown location "${x.to}"` });
  });
});

/** Parses unknown JSON into a Problem, or returns the zod error with paths. */
export function parseProblem(input: unknown): { ok: true; problem: Problem } | { ok: false; error: z.ZodError } {
  const r = problemSchema.safeParse(input);
  return r.success ? { ok: true, problem: r.data as Problem } : { ok: false, error: r.error };
}
