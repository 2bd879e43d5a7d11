// Turns what the database holds for a feed (every published version, the duties, sites and
// bookings) into the feed builder's input: which events a person, site or school feed shows, with
// stable UIDs, SEQUENCE, status and stamps from the data. Pure: `now` only decides which
// cancellations are still shown and how long the result may be cached.
import { DateTime } from 'luxon';
import {
  BRING_BY_SITE_KIND_ZH,
  bookingEventUid,
  dutyDescription,
  dutyEventUid,
  dutySummary,
  flexibleDutyEventUid,
  staffedSummary,
  type DutySiteKind,
  type FeedEvent,
  type FeedEventStatus,
} from '../../calendars/event.js';
import type { FeedInput } from '../../calendars/feed.js';
import type { FeedBookingRow, FeedData, FeedSiteRow, FeedSubject, PublishedDutyRow } from '../../db/repositories/feeds.js';
import { CANCELLED_KEEP_DAYS, assignIdentities, nextExpiry, replayVersions, visibleDuties, type DutySnapshot, type DutyState } from './history.js';

export const FEED_ZONE = 'Asia/Shanghai';
/** Feeds carry rosters from this many months before the current one (and every later one). */
export const HISTORY_MONTHS = 2;
/** REFRESH-INTERVAL / X-PUBLISHED-TTL asked of clients (minutes). */
export const REFRESH_MINUTES = 60;

export const ROLE_ZH: Readonly<Record<string, string>> = {
  lawyer: '律师',
  notary: '公证员',
  grassroots_worker: '基层法律服务工作者',
  mediator: '人民调解员',
  legal_vice_principal: '法治副校长',
};

export interface FeedWindow {
  /** Rosters of this period ('YYYY-MM') and later. */
  fromPeriod: string;
  /** Bookings ending at or after this instant. */
  bookingsFrom: Date;
  /** Cancelled bookings changed at or after this instant are still shown. */
  bookingsChangedSince: Date;
  /** When the window moves on (the next local month starts), epoch ms. */
  movesAt: number;
}

export function feedWindow(now: Date): FeedWindow {
  const month = DateTime.fromJSDate(now, { zone: FEED_ZONE }).startOf('month');
  const from = month.minus({ months: HISTORY_MONTHS });
  return {
    fromPeriod: from.toFormat('yyyy-MM'),
    bookingsFrom: from.toJSDate(),
    bookingsChangedSince: new Date(now.getTime() - CANCELLED_KEEP_DAYS * 86_400_000),
    movesAt: month.plus({ months: 1 }).toMillis(),
  };
}

export interface ComposeSubject {
  subject: FeedSubject;
  /** Person or site id. */
  id: number;
  nameZh: string;
}

export interface ComposedFeed {
  input: FeedInput;
  /** Latest LAST-MODIFIED of the events shown (epoch ms), null for an empty feed. */
  lastModified: number | null;
  /** The clock alone changes the feed at this instant (a cancellation ages out), epoch ms. */
  changesAt: number | null;
}

interface DutySnap extends DutySnapshot {
  rows: PublishedDutyRow[];
  uid: string;
}

const iso = (d: Date) => d.toISOString();

function kindOf(site: FeedSiteRow | undefined, tags: readonly string[]): DutySiteKind {
  return tags.includes('hotline') ? 'hotline' : (site?.type ?? 'centre');
}

/** The role the person serves the seat as: the first of the seat's roles they hold. */
function seatRoleZh(row: PublishedDutyRow): string | undefined {
  const roles: string[] = row.seats[row.seatGroup]?.roles ?? [];
  const role = roles.find((r) => row.personRoles.includes(r)) ?? roles[0];
  return role ? (ROLE_ZH[role] ?? role) : undefined;
}

function uidOf(subject: ComposeSubject, row: PublishedDutyRow, key: string): string {
  const personId = subject.subject === 'person' ? subject.id : undefined;
  if (row.groupKey === null) return dutyEventUid({ shiftId: row.shiftId, personId });
  const slot = Number(key.slice(key.lastIndexOf('#') + 1));
  return flexibleDutyEventUid({ rosterId: row.rosterId, groupKey: row.groupKey, slot, personId });
}

/** Per roster: replay its versions into duty states (person feeds: one duty per shift held;
 *  site feeds: one per shift with its people, whose change also raises SEQUENCE). */
function dutyStates(subject: ComposeSubject, data: FeedData): DutyState<DutySnap>[] {
  const out: DutyState<DutySnap>[] = [];
  const rosterIds = [...new Set(data.versions.map((v) => v.rosterId))];
  for (const rosterId of rosterIds) {
    const versions = data.versions.filter((v) => v.rosterId === rosterId);
    const perVersion = versions.map((v) => {
      const rows = data.duties.filter((d) => d.rosterId === rosterId && d.version === v.version);
      const byShift = new Map<number, PublishedDutyRow[]>();
      for (const r of rows) byShift.set(r.shiftId, [...(byShift.get(r.shiftId) ?? []), r]);
      return { v, shifts: [...byShift.values()].map((rs) => ({ shiftId: rs[0]!.shiftId, groupKey: rs[0]!.groupKey, start: iso(rs[0]!.startsAt), rows: rs })) };
    });
    const ids = assignIdentities(perVersion.map((p) => ({ version: p.v.version, rows: p.shifts })));
    const snapshots = perVersion.map((p) => ({
      version: p.v.version,
      publishedAt: iso(p.v.publishedAt),
      duties: p.shifts.map((s): DutySnap => {
        const key = ids.get(p.v.version)!.get(s)!;
        const first = s.rows[0]!;
        const staff = subject.subject === 'person' ? undefined : [...new Set(s.rows.map((r) => r.personId))].sort((a, b) => a - b).join(',');
        return { key, start: s.start, end: iso(first.endsAt), place: first.siteId, extra: staff, rows: s.rows, uid: uidOf(subject, first, key) };
      }),
    }));
    out.push(...replayVersions(snapshots));
  }
  return out;
}

function dutyEvent(subject: ComposeSubject, state: DutyState<DutySnap>, sites: Map<number, FeedSiteRow>): FeedEvent {
  const row = state.duty.rows[0]!;
  const site = sites.get(row.siteId);
  const status: FeedEventStatus = state.status;
  const roleZh = seatRoleZh(row);
  const dutyNameZh = row.templateName ?? `${roleZh ?? ''}值班`;
  const online = site?.type === 'online';
  const staff = subject.subject === 'person' ? undefined : state.duty.rows.map((r) => r.personName);
  const text = {
    dutyNameZh,
    siteNameZh: site?.name ?? '',
    ...(subject.subject === 'person' && roleZh ? { roleZh } : {}),
    ...(staff ? { staffZh: staff } : {}),
    ...(site?.address && !online ? { siteAddressZh: site.address } : {}),
    ...(site?.phone ? { contactPhone: site.phone } : {}),
    bringZh: BRING_BY_SITE_KIND_ZH[kindOf(site, row.tags)],
    online,
  };
  return {
    uid: state.duty.uid,
    sequence: state.sequence,
    status,
    start: state.duty.start,
    end: state.duty.end,
    summary: staff ? staffedSummary(dutyNameZh, staff, status) : dutySummary(text, status),
    description: dutyDescription(text, status),
    ...(!online && site ? { location: site.address || site.name } : {}),
    ...(!online && site && site.lat !== null && site.lon !== null ? { geo: { lat: site.lat, lon: site.lon } } : {}),
    created: state.created,
    lastModified: state.lastModified,
  };
}

const BOOKING_STATUS: Readonly<Record<string, FeedEventStatus>> = { confirmed: 'CONFIRMED', pending: 'TENTATIVE', cancelled: 'CANCELLED' };

function bookingEvent(subject: ComposeSubject, b: FeedBookingRow, sites: Map<number, FeedSiteRow>): FeedEvent {
  const site = sites.get(b.schoolSiteId);
  const status = BOOKING_STATUS[b.status] ?? 'TENTATIVE';
  const staff = subject.subject === 'person' ? undefined : [b.personName];
  const text = {
    dutyNameZh: '法治课',
    siteNameZh: site?.name ?? '',
    ...(staff ? { staffZh: staff } : {}),
    ...(site?.address ? { siteAddressZh: site.address } : {}),
    ...(site?.phone ? { contactPhone: site.phone } : {}),
    bringZh: BRING_BY_SITE_KIND_ZH.school,
    ...(b.topic ? { noteZh: `主题：${b.topic}` } : {}),
  };
  return {
    uid: bookingEventUid(b.id),
    sequence: b.sequence,
    status,
    start: iso(b.startsAt),
    end: iso(b.endsAt),
    summary: staff ? staffedSummary('法治课', staff, status) : dutySummary(text, status),
    description: dutyDescription(text, status),
    ...(site ? { location: site.address || site.name } : {}),
    ...(site && site.lat !== null && site.lon !== null ? { geo: { lat: site.lat, lon: site.lon } } : {}),
    created: iso(b.createdAt),
    lastModified: iso(b.updatedAt),
  };
}

const FEED_NAME: Readonly<Record<FeedSubject, (name: string) => string>> = {
  person: (n) => `${n}的值班`,
  site: (n) => `${n}值班表`,
  school: (n) => `${n}法治课与值班`,
};

/** The feed of one subject at `now`, from the data loaded for its window. */
export function composeFeed(subject: ComposeSubject, data: FeedData, now: Date): ComposedFeed {
  const sites = new Map(data.sites.map((s) => [s.id, s]));
  const states = dutyStates(subject, data);
  const events = [
    ...visibleDuties(states, now).map((s) => dutyEvent(subject, s, sites)),
    ...data.bookings.map((b) => bookingEvent(subject, b, sites)),
  ];
  const lastModified = events.length ? Math.max(...events.map((e) => Date.parse(e.lastModified))) : null;
  const bookingExpiries = data.bookings
    .filter((b) => b.status === 'cancelled')
    .map((b) => b.updatedAt.getTime() + CANCELLED_KEEP_DAYS * 86_400_000);
  const expiries = [nextExpiry(states, now), ...bookingExpiries].filter((t): t is number => t !== null && t > now.getTime());
  return {
    input: {
      nameZh: FEED_NAME[subject.subject](subject.nameZh),
      descriptionZh: '六盘水市公共法律服务值班（已发布的排班）',
      refreshMinutes: REFRESH_MINUTES,
      events,
    },
    lastModified,
    changesAt: expiries.length ? Math.min(...expiries) : null,
  };
}
