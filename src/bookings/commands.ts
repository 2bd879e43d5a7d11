// Booking use cases that write: book, reschedule, cancel, confirm. Each runs in one transaction:
// check the session with the pure slot finder, write the row with a history entry (who, when,
// why; `sequence` raised on every change so feeds raise SEQUENCE), then lock the school and the
// vice-principal and check again. Overlaps are refused by PostgreSQL's exclusion constraint
// bookings_no_overlap; travel time and per-term caps by the check after the lock.
import type { Db, Tx } from '../../db/client.js';
import { pgErrorOf, PG } from '../../db/errors.js';
import { audit } from '../../db/repositories/audit.js';
import { requiringConfirmation } from '../../db/repositories/booking-rules.js';
import {
  findBooking,
  findBookingByKey,
  insertBookings,
  lockBooking,
  lockSchoolsAndPeople,
  overlappingBookings,
  updateBooking,
  viceAppointments,
  type BookingHistoryEntry,
  type BookingRow,
  type BookingStatus,
} from '../../db/repositories/bookings.js';
import { findSite } from '../../db/repositories/registry.js';
import { actorOf, type Principal } from '../auth/principal.js';
import type { WorkingDayCalendar } from '../domain/working-days.js';
import { ApiError, fieldError, notFound } from '../errors.js';
import { requireActOn } from './access.js';
import { checkSession, type SessionCheck } from './availability.js';
import { loadSetups } from './context.js';
import { overlapProblem, sessionProblem } from './problems.js';
import { localParts } from './windows.js';

export interface BookingEnv {
  db: Db;
  now: Date;
  calendar: WorkingDayCalendar;
}

export interface BookInput {
  schoolId: number;
  /** Absent: the first appointee free at that time. */
  personId?: number;
  startsAt: Date;
  minutes: number;
  topic: string;
  idempotencyKey?: string;
}

const MINUTE_MS = 60_000;
const historyOf = (b: BookingRow) => (Array.isArray(b.history) ? (b.history as BookingHistoryEntry[]) : []);

/** The school row, which must be a school; its district decides who coordinates it. */
async function schoolOf(db: Db | Tx, id: number, field = 'schoolId') {
  const site = await findSite(db, id);
  if (!site) throw fieldError(field, `site ${id} does not exist`);
  if (site.type !== 'school') throw fieldError(field, `site ${id} is a ${site.type}, not a school`);
  return site;
}

/** Checks a session for the candidates in order; the first that passes wins, else the first refusal. */
async function pickPerson(
  tx: Tx,
  env: BookingEnv,
  schoolId: number,
  start: Date,
  minutes: number,
  wanted: number | undefined,
  exceptBookingId?: number,
): Promise<{ personId: number; check: SessionCheck }> {
  const date = localParts(start.getTime()).date;
  const setup = (await loadSetups(tx, [schoolId], { from: date, to: date }, env.calendar, { exceptBookingId })).get(schoolId)!;
  const candidates = wanted === undefined ? setup.persons : setup.persons.filter((p) => p.personId === wanted);
  if (candidates.length === 0) {
    throw wanted === undefined
      ? fieldError('schoolId', `学校在 ${date} 没有受聘的法治副校长；the school has no legal vice-principal appointed on ${date}`)
      : fieldError('personId', `该人员在 ${date} 未受聘为本校法治副校长；person ${wanted} is not this school's legal vice-principal on ${date}`);
  }
  const session = { start: start.getTime(), end: start.getTime() + minutes * MINUTE_MS };
  const envAt = { calendar: env.calendar, rules: setup.rules, now: env.now };
  let first: { personId: number; check: SessionCheck } | undefined;
  for (const p of candidates) {
    const check = checkSession(envAt, setup.school, p, session);
    if (check.ok) return { personId: p.personId, check };
    first ??= { personId: p.personId, check };
  }
  return first!;
}

/** After a row was written: lock its school and person (ascending ids), then check it again
 *  against everything committed by then. Writers lock only after writing, so an overlap is
 *  refused by the exclusion constraint while the rival is in flight, and a clash the constraint
 *  cannot see (travel time, the per-term cap) by this check in whichever commits second. */
async function verifyWritten(tx: Tx, env: BookingEnv, row: BookingRow): Promise<void> {
  await lockSchoolsAndPeople(tx, [row.schoolSiteId], [row.personId]);
  const minutes = Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / MINUTE_MS);
  const { check } = await pickPerson(tx, env, row.schoolSiteId, row.startsAt, minutes, row.personId, row.id);
  if (!check.ok) throw sessionProblem(check);
}

/** 409 naming the live booking that overlaps [start, end) for one of these people. */
async function overlapFor(env: BookingEnv, personIds: number[], start: Date, end: Date, exceptId?: number): Promise<ApiError> {
  for (const pid of personIds) {
    const [other] = await overlappingBookings(env.db, pid, start, end, exceptId);
    if (other) return overlapProblem(other.id);
  }
  return overlapProblem(undefined);
}

function sameRequest(b: BookingRow, input: BookInput): boolean {
  const req = historyOf(b)[0]?.request;
  if (!req) return false;
  return (
    Date.parse(req.startsAt) === input.startsAt.getTime() &&
    req.minutes === input.minutes &&
    req.topic === input.topic &&
    (input.personId === undefined || req.personId === input.personId)
  );
}

function replay(input: BookInput, existing: BookingRow): { booking: BookingRow; replayed: true } {
  if (!sameRequest(existing, input)) {
    throw new ApiError('conflict', `Idempotency-Key 已用于另一个预约请求；the Idempotency-Key was used for a different request (booking ${existing.id})`, [
      { pointer: '/Idempotency-Key', detail: 'already used with other parameters', in: 'header' },
    ], { conflictingBookingId: existing.id });
  }
  return { booking: existing, replayed: true };
}

/** Books a session (pending when the vice-principal requires confirmation). A retry with the same
 *  Idempotency-Key returns the booking first made, `replayed: true`. */
export async function createBooking(env: BookingEnv, p: Principal, input: BookInput): Promise<{ booking: BookingRow; replayed: boolean }> {
  const school = await schoolOf(env.db, input.schoolId);
  requireActOn(p, { schoolSiteId: school.id, personId: null, districtCode: school.districtCode }, 'book');
  if (input.idempotencyKey) {
    const existing = await findBookingByKey(env.db, school.id, input.idempotencyKey);
    if (existing) return replay(input, existing);
  }
  try {
    return await env.db.transaction(async (tx) => {
      const { personId, check } = await pickPerson(tx, env, school.id, input.startsAt, input.minutes, input.personId);
      if (!check.ok) throw sessionProblem(check);
      const pending = (await requiringConfirmation(tx, [personId])).has(personId);
      const by = actorOf(p);
      const entry: BookingHistoryEntry = {
        at: env.now.toISOString(),
        by,
        action: 'created',
        status: pending ? 'pending' : 'confirmed',
        request: { personId: input.personId ?? null, startsAt: input.startsAt.toISOString(), minutes: input.minutes, topic: input.topic },
      };
      const [row] = await insertBookings(tx, [
        {
          schoolSiteId: school.id,
          personId,
          startsAt: input.startsAt,
          endsAt: new Date(input.startsAt.getTime() + input.minutes * MINUTE_MS),
          status: pending ? 'pending' : 'confirmed',
          origin: 'school',
          topic: input.topic,
          idempotencyKey: input.idempotencyKey ?? null,
          history: [entry],
          createdBy: by,
          createdAt: env.now,
          updatedAt: env.now,
        },
      ]);
      await verifyWritten(tx, env, row!);
      await audit(tx, { actor: by, action: 'create', entity: 'booking', entityId: row!.id, detail: { schoolId: school.id, personId } });
      return { booking: row!, replayed: false };
    });
  } catch (err) {
    if (input.idempotencyKey) {
      // A concurrent request with the same key won the race (the unique index or the exclusion
      // constraint refused this one, or its check saw the winner): answer with its booking.
      const existing = await findBookingByKey(env.db, school.id, input.idempotencyKey);
      if (existing) return replay(input, existing);
    }
    if (pgErrorOf(err)?.code !== PG.exclusionViolation) throw err;
    const date = localParts(input.startsAt.getTime()).date;
    const persons = input.personId ? [input.personId] : (await viceAppointments(env.db, [school.id], date, date)).map((a) => a.personId);
    throw await overlapFor(env, persons, input.startsAt, new Date(input.startsAt.getTime() + input.minutes * MINUTE_MS));
  }
}

/** Reads a booking with its school's district, for scope checks. */
export async function bookingInScope(db: Db | Tx, p: Principal, id: number, action: 'read' | 'reschedule' | 'cancel' | 'confirm'): Promise<BookingRow> {
  const b = await findBooking(db, id);
  if (!b) throw notFound('booking');
  const school = await findSite(db, b.schoolSiteId);
  requireActOn(p, { schoolSiteId: b.schoolSiteId, personId: b.personId, districtCode: school?.districtCode ?? null }, action);
  return b;
}

function addHistory(b: BookingRow, entry: BookingHistoryEntry) {
  return [...historyOf(b), entry];
}

/** Moves a session to another time (and optionally another of the school's vice-principals). */
export async function rescheduleBooking(
  env: BookingEnv,
  p: Principal,
  id: number,
  input: { startsAt: Date; minutes?: number; personId?: number; reason: string },
): Promise<BookingRow> {
  const seen = await bookingInScope(env.db, p, id, 'reschedule');
  const minutes = input.minutes ?? Math.round((seen.endsAt.getTime() - seen.startsAt.getTime()) / MINUTE_MS);
  const end = new Date(input.startsAt.getTime() + minutes * MINUTE_MS);
  try {
    return await env.db.transaction(async (tx) => {
      const b = (await lockBooking(tx, id))!;
      if (b.status === 'cancelled') throw new ApiError('conflict', '预约已取消，不能改期；a cancelled booking cannot be rescheduled');
      const wanted = input.personId ?? b.personId;
      if (b.startsAt.getTime() === input.startsAt.getTime() && b.endsAt.getTime() === end.getTime() && wanted === b.personId) {
        throw fieldError('startsAt', 'the booking is already at this time');
      }
      const { personId, check } = await pickPerson(tx, env, b.schoolSiteId, input.startsAt, minutes, wanted, b.id);
      if (!check.ok) throw sessionProblem(check);
      // A school moving a session re-asks a vice-principal who confirms their bookings.
      const reconfirm = p.role === 'school' && (await requiringConfirmation(tx, [personId])).has(personId);
      const status = (reconfirm ? 'pending' : b.status) as BookingStatus;
      const by = actorOf(p);
      const row = await updateBooking(
        tx,
        id,
        {
          startsAt: input.startsAt,
          endsAt: end,
          personId,
          status,
          sequence: b.sequence + 1,
          history: addHistory(b, {
            at: env.now.toISOString(),
            by,
            action: 'rescheduled',
            reason: input.reason,
            status,
            from: { startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), personId: b.personId },
            to: { startsAt: input.startsAt.toISOString(), endsAt: end.toISOString(), personId },
          }),
        },
        env.now,
      );
      await verifyWritten(tx, env, row);
      await audit(tx, { actor: by, action: 'reschedule', entity: 'booking', entityId: id, detail: { reason: input.reason } });
      return row;
    });
  } catch (err) {
    if (pgErrorOf(err)?.code !== PG.exclusionViolation) throw err;
    throw await overlapFor(env, [input.personId ?? seen.personId], input.startsAt, end, id);
  }
}

/** Cancels (with a reason) or confirms a booking; both raise `sequence` and keep history. */
export async function changeStatus(
  env: BookingEnv,
  p: Principal,
  id: number,
  action: 'cancel' | 'confirm',
  reason: string,
): Promise<BookingRow> {
  await bookingInScope(env.db, p, id, action);
  return env.db.transaction(async (tx) => {
    const b = (await lockBooking(tx, id))!;
    if (action === 'cancel' && b.status === 'cancelled') throw new ApiError('conflict', '预约已取消；the booking is already cancelled');
    if (action === 'confirm' && b.status !== 'pending') throw new ApiError('conflict', `只能确认待确认的预约；only a pending booking can be confirmed (this one is ${b.status})`);
    const status = action === 'cancel' ? 'cancelled' : 'confirmed';
    const by = actorOf(p);
    const entry: BookingHistoryEntry = { at: env.now.toISOString(), by, action: action === 'cancel' ? 'cancelled' : 'confirmed', status };
    if (reason) entry.reason = reason;
    const row = await updateBooking(tx, id, { status, sequence: b.sequence + 1, history: addHistory(b, entry) }, env.now);
    await audit(tx, { actor: by, action, entity: 'booking', entityId: id, detail: reason ? { reason } : undefined });
    return row;
  });
}
