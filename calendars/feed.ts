// Pure iCal feed builder: the same data always gives the same bytes. ical-generator writes each
// VEVENT (escaping, TZID=Asia/Shanghai local times, GEO, UTC stamps); this module writes the
// VCALENDAR envelope (properties first, then @touch4it/ical-timezones' VTIMEZONE) and folds.
// Why not ical-generator's calendar toString: it writes NAME/X-WR-CALNAME unescaped, puts
// REFRESH-INTERVAL and x() properties after the components (RFC 5545 wants them first), strips
// DTSTAMP's Z when given a calendar zone, and its folding — correct, it never splits a UTF-8
// character — builds a TextEncoder per character: 9 of the 15 ms a 30-duty month took (now
// ~3.6 ms, mostly luxon zone offsets). DTSTAMP is the event's lastModified, never "now";
// lines end in CRLF. A feed changes only on publish: callers should cache the text by version.
import ical, { ICalEventStatus, escape, type ICalLocation } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime, IANAZone } from 'luxon';
import type { FeedEvent } from './event.js';

export const FEED_ZONE = 'Asia/Shanghai';

export interface FeedInput {
  /** X-WR-CALNAME, Chinese, e.g. '王律师的值班'. */
  nameZh: string;
  /** X-WR-CALDESC. */
  descriptionZh?: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL, minutes (> 0). */
  refreshMinutes: number;
  events: readonly FeedEvent[];
}

export const FEED_PRODID = '-//zhiban//duty-feed//ZH';

const STATUS: Readonly<Record<FeedEvent['status'], ICalEventStatus>> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const zone = IANAZone.create(FEED_ZONE);

/** A UTC instant as a Date: ical-generator writes a Date as UTC with Z when no zone applies
 *  (DTSTAMP, CREATED, LAST-MODIFIED), which is cheap; zoned times go through luxon (see below). */
function instant(value: string, field: string, uid: string): Date {
  const ms = ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`feed event ${uid}: ${field} is not an ISO instant (${value})`);
  return new Date(ms);
}

/** DTSTART/DTEND: a luxon DateTime in Asia/Shanghai, so the wall clock written does not depend on
 *  the server's zone (ical-generator would format a JS Date in the server's zone). */
function local(value: string, field: string, uid: string): DateTime {
  return DateTime.fromMillis(instant(value, field, uid).getTime(), { zone });
}

/** Events in a fixed order (start, then UID) so the caller's order never changes the bytes. */
function ordered(events: readonly FeedEvent[]): FeedEvent[] {
  return [...events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}

/** LOCATION (address) and GEO; a string location with no geo stays a plain LOCATION. */
function location(e: FeedEvent): ICalLocation | string | null {
  if (e.location && e.geo) return { title: e.location, geo: { lat: e.geo.lat, lon: e.geo.lon } };
  if (e.location) return e.location;
  if (e.geo) return { geo: { lat: e.geo.lat, lon: e.geo.lon } };
  return null;
}

/** Folds one content line (no CR/LF inside) at 75 octets of UTF-8: continuation lines start
 *  with a space, so they carry at most 74 octets of content. Never splits a character: a
 *  surrogate pair (emoji, CJK extension B) moves as one 4-byte unit. */
export function foldLine(line: string): string {
  let out = '';
  let from = 0;
  let bytes = 0;
  let limit = 75;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > limit) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    if (pair) i++;
  }
  return out + line.slice(from);
}

/** ISO 8601 duration of whole minutes, e.g. 60 → PT1H, 90 → PT1H30M. */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

const VTIMEZONE = (getVtimezoneComponent(FEED_ZONE) ?? '').trim().split(/\r?\n/);
if (VTIMEZONE.length < 3) throw new Error(`no VTIMEZONE for ${FEED_ZONE} in @touch4it/ical-timezones`);

/** Builds the .ics text. Throws on malformed instants (a programming error, not user input). */
export function buildFeed(input: FeedInput): string {
  if (!(input.refreshMinutes > 0) || !Number.isInteger(input.refreshMinutes)) {
    throw new Error('refreshMinutes must be a positive whole number');
  }
  const ttl = duration(input.refreshMinutes);
  const name = escape(input.nameZh, false);
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${FEED_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    ...(input.descriptionZh ? [`X-WR-CALDESC:${escape(input.descriptionZh, false)}`] : []),
    `X-WR-TIMEZONE:${FEED_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${ttl}`,
    `X-PUBLISHED-TTL:${ttl}`,
    ...VTIMEZONE,
  ];
  // ical-generator as an event writer only: no calendar zone, so stamps keep their Z.
  const cal = ical();
  for (const e of ordered(input.events)) {
    const lastModified = instant(e.lastModified, 'lastModified', e.uid);
    cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      status: STATUS[e.status],
      start: local(e.start, 'start', e.uid),
      end: local(e.end, 'end', e.uid),
      timezone: FEED_ZONE,
      stamp: lastModified,
      created: instant(e.created, 'created', e.uid),
      lastModified,
      summary: e.summary,
      location: location(e),
      ...(e.description ? { description: e.description } : {}),
      ...(e.url ? { url: e.url } : {}),
    });
  }
  const events = cal.events().flatMap((ev) => ev.toString().split('\r\n').filter((l) => l !== ''));
  return [...head, ...events, 'END:VCALENDAR', ''].map(foldLine).join('\r\n');
}
