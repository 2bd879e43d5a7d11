// Reads the School pages need, through the API with the session's token, in parallel: the school,
// its vice-principals (with names), its class hours this school year, two weeks of bookable slots
// and its bookings; and one booking with the school it belongs to.
import type { Problem } from '../../errors.js';
import type { ApiClient } from '../api-client.js';
import type { RefusalState } from '../components/refusal-box.js';
import { WebError } from '../errors.js';
import type { Page, SiteOut } from '../types.js';
import { refusalOf } from './refusal.js';
import { slotRange, type SessionMinutes, type SlotRange } from './slots.js';
import type { BookingOut, SlotListOut, VicePrincipalOut, YearlyOut, YearlyRowOut } from './types.js';

export interface SlotView {
  minutes: SessionMinutes;
  range: SlotRange;
  /** Absent when the API refused the query (a length the rules do not offer). */
  list?: SlotListOut;
}

export interface SchoolView {
  site: SiteOut;
  vps: VicePrincipalOut[];
  year?: { schoolYear: string; requiredMinutes: number; row?: YearlyRowOut };
  slots: SlotView;
  bookings: BookingOut[];
}

/** A school has at most a handful of bookings a year; one page holds them all. */
const BOOKINGS_LIMIT = 500;

/** `except`: the booking being rescheduled, whose own time counts as free. */
export async function loadSlots(api: ApiClient, schoolId: number, today: string, q: { from?: string; minutes: SessionMinutes; except?: number }): Promise<SlotView> {
  const range = slotRange(today, q.from);
  const moving = q.except !== undefined ? `&except=${q.except}` : '';
  const res = await api.call<SlotListOut>('GET', `/schools/${schoolId}/slots?from=${range.from}&to=${range.to}&minutes=${q.minutes}${moving}`);
  if (!res.ok && res.status !== 422) throw new WebError(res.status, res.problem);
  return { minutes: q.minutes, range, ...(res.ok ? { list: res.data } : {}) };
}

export async function vicePrincipalsOf(api: ApiClient, schoolId: number): Promise<VicePrincipalOut[]> {
  return (await api.get<Page<VicePrincipalOut>>('/vice-principals', { school: schoolId, limit: 50 })).items;
}

export async function loadSchool(api: ApiClient, schoolId: number, today: string, q: { from?: string; minutes: SessionMinutes }): Promise<SchoolView> {
  const [site, vps, yearly, slots, bookings] = await Promise.all([
    api.get<SiteOut>(`/sites/${schoolId}`),
    vicePrincipalsOf(api, schoolId),
    // No school calendar for today (or a token that may not read the report): the section says so.
    api.call<YearlyOut>('GET', '/bookings/yearly-minimum'),
    loadSlots(api, schoolId, today, q),
    api.get<Page<BookingOut>>('/bookings', { school: schoolId, limit: BOOKINGS_LIMIT }),
  ]);
  if (site.type !== 'school') throw new WebError(404);
  const year = yearly.ok ? { schoolYear: yearly.data.schoolYear, requiredMinutes: yearly.data.requiredMinutes, row: yearly.data.rows.find((r) => r.siteId === schoolId) } : undefined;
  return { site, vps, year, slots, bookings: bookings.items };
}

/** Upcoming live bookings first (soonest first), then past and cancelled ones (latest first). */
export function splitBookings(bookings: readonly BookingOut[], now: Date): { upcoming: BookingOut[]; done: BookingOut[] } {
  const t = now.getTime();
  const upcoming = bookings.filter((b) => b.status !== 'cancelled' && Date.parse(b.endsAt) > t);
  const done = bookings.filter((b) => !upcoming.includes(b)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, done };
}

/** Every vice-principal appointment in a district (or the city), paging at the API's limit. */
export async function allVicePrincipals(api: ApiClient, district?: string): Promise<VicePrincipalOut[]> {
  const per = 500;
  const first = await api.get<Page<VicePrincipalOut>>('/vice-principals', { district, limit: per });
  const rest = Math.max(0, Math.ceil(first.total / per) - 1);
  const more = await Promise.all(Array.from({ length: rest }, (_, i) => api.get<Page<VicePrincipalOut>>('/vice-principals', { district, limit: per, offset: (i + 1) * per })));
  return [first, ...more].flatMap((p) => p.items);
}

/** Why a write was refused, with the conflicting booking when this token may read it. */
export async function readRefusal(api: ApiClient, problem: Problem | undefined, status: number): Promise<RefusalState> {
  const refusal = refusalOf(problem, status);
  const id = refusal.conflict?.kind === 'booking' ? refusal.conflict.id : undefined;
  const conflict = id === undefined ? undefined : await api.call<BookingOut>('GET', `/bookings/${id}`);
  // A clash means the slots shown before are stale: the page shows fresh ones.
  const fresh = status === 409 || refusal.conflict !== undefined;
  return { refusal, ...(conflict?.ok ? { conflict: conflict.data } : {}), fresh };
}
