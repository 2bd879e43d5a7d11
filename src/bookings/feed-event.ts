// A booking as an iCal feed event for the vice-principal's and the school's feeds: a stable UID
// per booking, SEQUENCE from bookings.sequence (raised on every change), TENTATIVE while pending,
// CANCELLED once cancelled. Pure; the feeds code decides which bookings a feed carries.
import { BRING_BY_SITE_KIND_ZH, dutyDescription, dutySummary, type FeedEvent, type FeedEventStatus } from '../../calendars/event.js';

export interface BookingForFeed {
  id: number;
  status: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  createdAt: Date;
  updatedAt: Date;
}

const STATUS: Readonly<Record<string, FeedEventStatus>> = { pending: 'TENTATIVE', confirmed: 'CONFIRMED', cancelled: 'CANCELLED' };

/** Stable across polls, reschedules and status changes (ids never contain '@'). */
export const bookingEventUid = (bookingId: number, domain = 'zhiban') => `booking-${bookingId}@${domain}`;

export function bookingFeedEvent(
  b: BookingForFeed,
  school: { name: string; address?: string; lat?: number | null; lon?: number | null; phone?: string },
  person: { name: string },
  url?: string,
): FeedEvent {
  const status = STATUS[b.status] ?? 'CONFIRMED';
  const text = {
    dutyNameZh: b.topic ? `法治教育课：${b.topic}` : '法治教育课',
    siteNameZh: school.name,
    ...(school.address ? { siteAddressZh: school.address } : {}),
    contactNameZh: person.name,
    ...(school.phone ? { contactPhone: school.phone } : {}),
    bringZh: BRING_BY_SITE_KIND_ZH.school,
  };
  return {
    uid: bookingEventUid(b.id),
    sequence: b.sequence,
    status,
    start: b.startsAt.toISOString(),
    end: b.endsAt.toISOString(),
    summary: dutySummary(text, status),
    description: dutyDescription(text, status),
    ...(school.address ? { location: school.address } : {}),
    ...(school.lat != null && school.lon != null ? { geo: { lat: school.lat, lon: school.lon } } : {}),
    ...(url ? { url } : {}),
    created: b.createdAt.toISOString(),
    lastModified: b.updatedAt.toISOString(),
  };
}
