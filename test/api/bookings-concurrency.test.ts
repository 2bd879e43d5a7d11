// No double booking under concurrency, enforced by PostgreSQL itself: 50 concurrent overlapping
// requests for one vice-principal give exactly one 201 and 49 × 409 naming the booking that won;
// and the exclusion constraint bookings_no_overlap alone refuses overlapping rows written at the
// same time without any application check. PGlite runs transactions one at a time (so the
// checks mostly refuse there); on PostgreSQL requests really race into the constraint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgErrorOf } from '../../db/errors.js';
import { bookings } from '../../db/schema/index.js';
import { Booking } from '../../schemas/bookings.js';
import { testApp, type TestContext } from '../support/app.js';
import { bookingWorld, local } from './bookings-fixture.js';

let t: TestContext;
let w: Awaited<ReturnType<typeof bookingWorld>>;
beforeAll(async () => {
  t = await testApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

describe('concurrent bookings of one vice-principal', () => {
  it('50 overlapping requests from two schools: one 201, 49 × 409 naming the winner', async () => {
    // Starts 09:00, 09:01 … 09:49 on 12-01, 90 minutes each: every pair overlaps.
    const requests = Array.from({ length: 50 }, (_, i) => {
      const school = i % 2 === 0 ? w.reg.school : w.reg.school2;
      const token = i % 2 === 0 ? w.tokens.school1 : w.tokens.school2;
      const startsAt = local('2026-12-01', `09:${String(i).padStart(2, '0')}`);
      return t.call('POST', '/api/v1/bookings', { token, body: { schoolId: school.id, startsAt, minutes: 90, topic: `race ${i}` }, headers: { 'idempotency-key': `race-${i}` } });
    });
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = Booking.parse(await responses[statuses.indexOf(201)]!.json());
    for (const r of responses.filter((x) => x.status === 409)) {
      const body = (await r.json()) as { conflictingBookingId?: number; detail: string };
      expect(body.conflictingBookingId).toBe(winner.id);
      expect(body.detail).toContain(`booking ${winner.id}`);
    }
    const live = await t.database.db.select().from(bookings);
    expect(live.filter((b) => b.personId === w.reg.vp.id && b.status !== 'cancelled')).toHaveLength(1);
  });

  it('the exclusion constraint alone refuses 49 of 50 overlapping rows written at once', async () => {
    const db = t.database.db;
    const attempts = Array.from({ length: 50 }, (_, i) =>
      db
        .insert(bookings)
        .values({
          schoolSiteId: w.reg.school.id,
          personId: w.reg.vp.id,
          startsAt: new Date(Date.parse(local('2026-12-02', '09:00')) + i * 60_000),
          endsAt: new Date(Date.parse(local('2026-12-02', '10:30')) + i * 60_000),
          topic: `raw ${i}`,
        })
        .then(
          () => 'ok',
          (err: unknown) => `${pgErrorOf(err)?.code}:${pgErrorOf(err)?.constraint ?? pgErrorOf(err)?.message}`,
        ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    // 23P01 = exclusion_violation; PGlite reports the constraint in the message.
    expect(results.filter((r) => r !== 'ok').every((r) => r.startsWith('23P01:') && r.includes('bookings_no_overlap'))).toBe(true);
  });

  it('a cancelled booking no longer holds its time; touching sessions do not overlap', async () => {
    const db = t.database.db;
    const [a] = await db
      .insert(bookings)
      .values({ schoolSiteId: w.reg.school.id, personId: w.reg.vp.id, startsAt: new Date(local('2026-12-03', '09:00')), endsAt: new Date(local('2026-12-03', '09:45')), status: 'cancelled' })
      .returning();
    expect(a!.status).toBe('cancelled');
    await db.insert(bookings).values({ schoolSiteId: w.reg.school.id, personId: w.reg.vp.id, startsAt: new Date(local('2026-12-03', '09:00')), endsAt: new Date(local('2026-12-03', '09:45')) });
    await db.insert(bookings).values({ schoolSiteId: w.reg.school.id, personId: w.reg.vp.id, startsAt: new Date(local('2026-12-03', '09:45')), endsAt: new Date(local('2026-12-03', '10:30')) });
    const live = (await db.select().from(bookings)).filter((b) => b.startsAt.toISOString().startsWith('2026-12-03') && b.status !== 'cancelled');
    expect(live).toHaveLength(2);
  });
});
