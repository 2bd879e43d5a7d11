// Turns a refused session check into one API problem: Chinese first, then English, naming the
// field at fault; a clash names the engagement (a booking by its id) that holds the time.
import { ApiError } from '../errors.js';
import type { SessionCheck } from './availability.js';

type Refusal = Exclude<SessionCheck, { ok: true }>;

const TEXT: Record<Exclude<Refusal['reason'], 'busy'>, [zh: string, en: string]> = {
  length_not_allowed: ['课时长度不在允许范围内', 'the session length is not offered'],
  too_soon: ['预约时间太近，未满最短提前天数', 'less notice than the minimum'],
  beyond_horizon: ['超出可预约的时间范围', 'further ahead than bookings are open'],
  weekend: ['该日为周末', 'the day is a weekend'],
  holiday: ['该日为法定节假日', 'the day is a public holiday'],
  school_break: ['该日在寒暑假期间', 'the day is in a school break'],
  calendar_missing: ['该日期尚无工作日或校历数据', 'no working-day or school calendar covers that day'],
  term_full: ['本学期该校的法治课次数已达上限', 'the school has the most sessions allowed this term'],
  not_appointed: ['该法治副校长在该日未受聘于本校', 'the vice-principal is not appointed to this school that day'],
  outside_windows: ['不在法治副校长可预约的时段内', "outside the vice-principal's bookable windows"],
};

const KIND_ZH = { booking: '已有预约', duty: '已发布的值班', unavailability: '已登记的不可用时段' } as const;

export function sessionProblem(r: Refusal, field = 'startsAt'): ApiError {
  if (r.reason === 'busy') {
    const b = r.blocker;
    const what = b.kind === 'booking' ? `booking ${b.id}` : b.kind === 'duty' ? `published duty (shift ${b.id})` : `unavailability ${b.id}`;
    const detail = `${KIND_ZH[b.kind]}（含路程时间）占用了该时段；the time is taken by ${what}, counting travel`;
    const extra: Record<string, unknown> = { conflict: { kind: b.kind, id: b.id } };
    if (b.kind === 'booking') extra.conflictingBookingId = b.id;
    return new ApiError('conflict', detail, [{ pointer: `/${field}`, detail: `taken by ${what}`, in: 'body' }], extra);
  }
  const [zh, en] = TEXT[r.reason];
  const code = r.reason === 'term_full' ? 'conflict' : 'validation_failed';
  const pointer = r.reason === 'length_not_allowed' ? '/minutes' : `/${field}`;
  return new ApiError(code, `${zh}（${r.date}）；${en}`, [{ pointer, detail: en, in: 'body' }], { reason: r.reason });
}

/** 409 for a booking the database refused as overlapping (bookings_no_overlap). */
export function overlapProblem(bookingId: number | undefined): ApiError {
  const extra: Record<string, unknown> = bookingId === undefined ? {} : { conflictingBookingId: bookingId, conflict: { kind: 'booking', id: bookingId } };
  const what = bookingId === undefined ? 'another booking' : `booking ${bookingId}`;
  return new ApiError('conflict', `该时段已被预约；the time overlaps ${what}`, [{ pointer: '/startsAt', detail: `overlaps ${what}`, in: 'body' }], extra);
}
