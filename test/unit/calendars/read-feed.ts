// Test helper: reads an .ics text back with ical.js (Mozilla's parser), registering each
// VTIMEZONE first so TZID times resolve to real instants. Reusable by the feed HTTP tests.
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  sequence: number;
  status: string | null;
  /** UTC ISO instants as ical.js resolves them. */
  start: string;
  end: string;
  startTzid: string | null;
  summary: string;
  location: string | null;
  geo: [number, number] | null;
  description: string | null;
  url: string | null;
  dtstamp: string;
}

export interface ReadFeed {
  props: Record<string, string>;
  timezones: string[];
  events: ReadEvent[];
}

function text(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function readFeed(ics: string): ReadFeed {
  const root = new ICAL.Component(ICAL.parse(ics));
  const timezones: string[] = [];
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtz);
    timezones.push(String(vtz.getFirstPropertyValue('tzid')));
  }
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name.toUpperCase()] = String(p.getFirstValue());
  const events = root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const geo = v.getFirstPropertyValue('geo') as unknown;
    const stamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: e.uid,
      sequence: e.sequence,
      status: text(v.getFirstPropertyValue('status')),
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      startTzid: text(v.getFirstProperty('dtstart')?.getParameter('tzid')),
      summary: e.summary,
      location: text(v.getFirstPropertyValue('location')),
      geo: Array.isArray(geo) ? [Number(geo[0]), Number(geo[1])] as [number, number] : null,
      description: text(v.getFirstPropertyValue('description')),
      url: text(v.getFirstPropertyValue('url')),
      dtstamp: stamp.toJSDate().toISOString(),
    };
  });
  return { props, timezones, events };
}
