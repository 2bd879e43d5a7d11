// iCal feed builder: golden .ics files with pinned UID/DTSTAMP, read back with ical.js; folding
// at 75 octets never splits a UTF-8 character; CRLF; same data, same bytes.
// Regenerate the golden files after an intended change: UPDATE_GOLDEN=1 npx vitest run test/unit/calendars
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyDescription, dutyEventUid, dutySummary, BRING_BY_SITE_KIND_ZH, type DutyText, type FeedEvent } from '../../../calendars/event.js';
import { buildFeed, foldLine, type FeedInput } from '../../../calendars/feed.js';
import { readFeed } from './read-feed.js';

const FIXTURES = new URL('../../fixtures/ics/', import.meta.url);

const centre: DutyText = {
  dutyNameZh: '律师值班',
  siteNameZh: '钟山区公共法律服务中心',
  siteAddressZh: '贵州省六盘水市钟山区荷城街道人民中路公共法律服务中心一楼窗口（示例地址）',
  contactNameZh: '李主任',
  contactPhone: '0858-8220000',
  bringZh: BRING_BY_SITE_KIND_ZH.centre,
};
const village: DutyText = { dutyNameZh: '村(居)法律顾问驻村', siteNameZh: '发耳镇某村委会', siteAddressZh: '水城区发耳镇', bringZh: BRING_BY_SITE_KIND_ZH.workroom, noteZh: '每月至少驻村半天（≥4小时）' };
const hotline: DutyText = { dutyNameZh: '12348热线夜班', siteNameZh: '12348贵州法网热线', online: true, bringZh: BRING_BY_SITE_KIND_ZH.hotline };
const school: DutyText = { dutyNameZh: '法治课', siteNameZh: '钟山区第一小学', contactNameZh: '王校长', contactPhone: '0858-8330000' };

function ev(partial: Partial<FeedEvent> & Pick<FeedEvent, 'uid' | 'start' | 'end' | 'summary'>): FeedEvent {
  return { sequence: 0, status: 'CONFIRMED', created: '2026-11-20T02:00:00Z', lastModified: '2026-11-25T02:30:00Z', ...partial };
}

const lawyerMonth: FeedInput = {
  nameZh: '王律师的值班（六盘水）',
  descriptionZh: '六盘水市公共法律服务值班表，已发布版本',
  refreshMinutes: 60,
  events: [
    ev({ uid: dutyEventUid({ shiftId: '1001', personId: '7' }), start: '2026-12-03T01:00:00Z', end: '2026-12-03T09:00:00Z',
      summary: dutySummary(centre), description: dutyDescription(centre), location: centre.siteAddressZh!, geo: { lat: 26.5925, lon: 104.8303 } }),
    ev({ uid: dutyEventUid({ shiftId: '1002', personId: '7' }), sequence: 1, start: '2026-12-08T06:00:00Z', end: '2026-12-08T10:00:00Z',
      summary: dutySummary(village), description: dutyDescription(village), location: village.siteAddressZh!, geo: { lat: 26.1234, lon: 104.7654 },
      lastModified: '2026-11-28T03:00:00Z' }),
    ev({ uid: dutyEventUid({ shiftId: '1003', personId: '7' }), start: '2026-12-12T14:00:00Z', end: '2026-12-13T00:30:00Z',
      summary: dutySummary(hotline), description: dutyDescription(hotline) }),
    ev({ uid: dutyEventUid({ shiftId: '1004', personId: '7' }), sequence: 2, status: 'CANCELLED', start: '2026-12-15T01:00:00Z', end: '2026-12-15T09:00:00Z',
      summary: dutySummary(centre, 'CANCELLED'), description: dutyDescription(centre, 'CANCELLED'), location: centre.siteAddressZh!,
      lastModified: '2026-11-29T08:15:00Z' }),
    ev({ uid: dutyEventUid({ shiftId: '1005', personId: '7' }), status: 'TENTATIVE', start: '2026-12-18T02:00:00Z', end: '2026-12-18T02:45:00Z',
      summary: dutySummary(school, 'TENTATIVE'), description: dutyDescription(school, 'TENTATIVE'), url: 'https://zhiban.example/bookings/55' }),
  ],
};
const emptySite: FeedInput = { nameZh: '发耳镇公共法律服务工作站', refreshMinutes: 240, events: [] };

function golden(name: string, ics: string): string {
  const url = new URL(name, FIXTURES);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, ics);
  return readFileSync(url, 'utf8');
}

describe('golden feeds', () => {
  it.each([
    ['lawyer-2026-12.ics', lawyerMonth],
    ['site-empty.ics', emptySite],
  ] as const)('%s matches byte for byte', (name, input) => {
    const ics = buildFeed(input);
    expect(ics).toBe(golden(name, ics));
  });

  it('reads back with ical.js: instants, UID, SEQUENCE, STATUS, text, GEO', () => {
    const feed = readFeed(readFileSync(new URL('lawyer-2026-12.ics', FIXTURES), 'utf8'));
    expect(feed.timezones).toEqual(['Asia/Shanghai']);
    expect(feed.events.map((e) => [e.uid, e.sequence, e.status, e.start, e.end])).toEqual(
      lawyerMonth.events.map((e) => [e.uid, e.sequence, e.status, new Date(e.start).toISOString(), new Date(e.end).toISOString()]),
    );
    for (const [i, e] of feed.events.entries()) {
      const src = lawyerMonth.events[i]!;
      expect(e.startTzid).toBe('Asia/Shanghai');
      expect(e.summary).toBe(src.summary);
      expect(e.description).toBe(src.description ?? null);
      expect(e.location).toBe(src.location ?? null);
      expect(e.dtstamp).toBe(new Date(src.lastModified).toISOString());
      expect(e.url).toBe(src.url ?? null);
      expect(e.geo).toEqual(src.geo ? [src.geo.lat, src.geo.lon] : null);
    }
  });

  it('writes local wall-clock times with TZID and UTC stamps with Z', () => {
    const ics = buildFeed(lawyerMonth);
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261203T090000\r\n'); // 01:00Z
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20261213T083000\r\n'); // overnight hotline
    expect(ics).toContain('DTSTAMP:20261125T023000Z\r\n');
    expect(ics).toContain('LAST-MODIFIED:20261129T081500Z\r\n');
    expect(ics).toContain('CREATED:20261120T020000Z\r\n');
  });

  it('carries the calendar properties before any component (RFC 5545: calprops, then components)', () => {
    const ics = buildFeed(lawyerMonth);
    const head = ics.slice(0, ics.indexOf('BEGIN:V', 1));
    for (const p of ['VERSION:2.0', 'PRODID:-//zhiban//duty-feed//ZH', 'METHOD:PUBLISH', 'X-WR-CALNAME:王律师的值班（六盘水）',
      'X-WR-TIMEZONE:Asia/Shanghai', 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H', 'X-WR-CALDESC:']) {
      expect(head).toContain(`\r\n${p}`);
    }
    const props = readFeed(ics).props;
    expect(props['X-WR-CALNAME']).toBe('王律师的值班（六盘水）');
    expect(props['X-WR-TIMEZONE']).toBe('Asia/Shanghai');
  });
});

function physicalLines(ics: string): Buffer[] {
  const bytes = Buffer.from(ics, 'utf8');
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length); // the text ends with CRLF
  return out;
}

describe('line folding and line endings', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  function checkLines(ics: string): void {
    expect(/[^\r]\n/.test(ics) || /\r(?!\n)/.test(ics)).toBe(false); // CRLF only
    for (const line of physicalLines(ics)) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow(); // no character cut in two
    }
  }

  it('golden feed: every physical line ≤ 75 octets, whole UTF-8 characters, CRLF', () => {
    const ics = buildFeed(lawyerMonth);
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true); // folding happened
    checkLines(ics);
  });

  it('any mix of Chinese, emoji, ASCII and escapes folds cleanly and reads back intact', () => {
    const piece = fc.constantFrom('值', '班', '法', '😀', '𠀋', 'a', 'Z', ' ', ',', ';', '\\', '\n', 'é', '１');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 120 }).map((a) => a.join('')), (s) => {
        const ics = buildFeed({ nameZh: s, refreshMinutes: 30, events: [ev({ uid: 'u@x', start: '2026-12-01T01:00:00Z', end: '2026-12-01T02:00:00Z', summary: s, description: s, location: s })] });
        checkLines(ics);
        const e = readFeed(ics).events[0]!;
        expect([e.summary, e.description, e.location]).toEqual([s, s, s]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('determinism', () => {
  it('the same data builds byte-identical feeds, whatever the event order', () => {
    const a = buildFeed(lawyerMonth);
    expect(buildFeed(lawyerMonth)).toBe(a);
    expect(buildFeed({ ...lawyerMonth, events: [...lawyerMonth.events].reverse() })).toBe(a);
  });

  it('changing one duty changes only that event', () => {
    const moved = lawyerMonth.events.map((e) => (e.uid === dutyEventUid({ shiftId: '1002', personId: '7' })
      ? { ...e, sequence: 2, start: '2026-12-09T06:00:00Z', end: '2026-12-09T10:00:00Z', lastModified: '2026-12-01T00:00:00Z' } : e));
    const before = readFeed(buildFeed(lawyerMonth)).events;
    const after = readFeed(buildFeed({ ...lawyerMonth, events: moved })).events;
    const diff = after.filter((e, i) => JSON.stringify(e) !== JSON.stringify(before[i]));
    expect(diff.map((e) => [e.uid, e.sequence, e.start])).toEqual([['duty-s1002-p7@zhiban', 2, '2026-12-09T06:00:00.000Z']]);
  });

  it('refuses malformed instants and a non-positive refresh interval', () => {
    expect(() => buildFeed({ ...emptySite, refreshMinutes: 0 })).toThrow(/refreshMinutes/);
    expect(() => buildFeed({ ...emptySite, refreshMinutes: 1.5 })).toThrow(/refreshMinutes/);
    expect(() => buildFeed({ ...emptySite, events: [ev({ uid: 'x', start: 'soon', end: '2026-12-01T02:00:00Z', summary: 's' })] })).toThrow(/start/);
  });
});

describe('foldLine', () => {
  const octets = (folded: string) => folded.split('\r\n').map((l) => Buffer.byteLength(l));
  it('leaves a line of exactly 75 octets alone and folds the 76th', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });
  it('fills lines to 75 octets with whole 3-byte characters', () => {
    const folded = foldLine('值'.repeat(60)); // 180 octets
    expect(octets(folded)).toEqual([75, 73, 34]); // 25 chars; space + 24 chars; space + the last 11
    expect(folded.replace(/\r\n /g, '')).toBe('值'.repeat(60));
  });
  it('moves a surrogate pair as one 4-byte unit', () => {
    const folded = foldLine(`${'a'.repeat(73)}😀b`);
    expect(folded).toBe(`${'a'.repeat(73)}\r\n 😀b`);
  });
});

describe('duty text', () => {
  it('builds a short Chinese summary and description from data', () => {
    expect(dutySummary(centre)).toBe('律师值班｜钟山区公共法律服务中心');
    expect(dutySummary(centre, 'CANCELLED')).toBe('【已取消】律师值班｜钟山区公共法律服务中心');
    expect(dutyDescription(centre).split('\n')).toEqual([
      '值班：律师值班（钟山区公共法律服务中心）',
      `地址：${centre.siteAddressZh}`,
      '联系：李主任 0858-8220000',
      '请携带：执业证、工作牌',
    ]);
    expect(dutyDescription(hotline)).toContain('方式：线上值班，无需到场');
    expect(dutyDescription(hotline)).not.toContain('地址');
    expect(dutyDescription(school, 'CANCELLED').startsWith('此值班已取消。\n')).toBe(true);
  });
  it('UIDs are stable and distinguish shift and person', () => {
    expect(dutyEventUid({ shiftId: '1', personId: '2' })).toBe('duty-s1-p2@zhiban');
    expect(dutyEventUid({ shiftId: '1' }, 'lps.example')).toBe('duty-s1@lps.example');
    expect(dutyEventUid({ shiftId: 12, personId: 0 })).toBe('duty-s12-p0@zhiban');
  });
});
