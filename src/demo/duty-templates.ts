// The demo city's recurring duty needs (domain.md §7, §10): centre desks every working day, a
// station half-day a week, one flexible adviser visit per village a month, resettlement duty
// once or twice a week, the 12348 hotline in three shifts a day, and the online desk daily.
// Pure and deterministic: weekdays are spread by site order, not at random.
import type { DemoSite, Lang, Role } from './types';

export interface DemoSeat {
  roles: Role[];
  skills: string[];
  languages: Lang[];
  preferredLanguages?: Lang[];
  count: number;
  appointeesOnly?: boolean;
}

export interface DemoTemplate {
  siteCode: string;
  name: string;
  rrule: string;
  /** Local 'HH:mm', Asia/Shanghai. */
  startTime: string;
  durationMinutes: number;
  calendarMode: 'every_day' | 'working_days' | 'school_days';
  seats: DemoSeat[];
  tags: string[];
  flexible: { count: number; per: 'month' } | null;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
/** Resettlement sites with at least this many residents get duty twice a week ([E] §4). */
const LARGE_SITE = 10_000;
const seat = (roles: Role[], count: number, extra: Partial<DemoSeat> = {}): DemoSeat => ({ roles, skills: [], languages: [], count, ...extra });

function centreTemplates(site: DemoSite, isCityCentre: boolean): DemoTemplate[] {
  const base = { siteCode: site.code, rrule: 'FREQ=DAILY', startTime: '09:00', durationMinutes: 480, calendarMode: 'working_days' as const, flexible: null };
  const seats = isCityCentre
    ? [seat(['lawyer'], 2), seat(['notary'], 1), seat(['lawyer', 'grassroots_worker'], 1), seat(['mediator'], 1)]
    : [seat(['lawyer'], 1), seat(['mediator'], 1)];
  return [{ ...base, name: '中心窗口值班', seats, tags: ['centre'] }];
}

export function demoTemplates(sites: readonly DemoSite[]): DemoTemplate[] {
  const out: DemoTemplate[] = [];
  let station = 0;
  let resettlement = 0;
  for (const site of sites) {
    const remote = site.remote ? ['remote'] : [];
    const wanted = site.languagesNeeded.length ? { preferredLanguages: site.languagesNeeded.slice() } : {};
    switch (site.type) {
      case 'centre':
        out.push(...centreTemplates(site, /^CT-\d{4}$/.test(site.code)));
        break;
      case 'station': {
        const day = WEEKDAYS[station++ % WEEKDAYS.length]!;
        out.push({
          siteCode: site.code, name: '工作站驻点值班', rrule: `FREQ=WEEKLY;BYDAY=${day}`, startTime: '09:00', durationMinutes: 180,
          calendarMode: 'working_days', seats: [seat(['lawyer', 'grassroots_worker'], 1, wanted)], tags: ['station', ...remote], flexible: null,
        });
        break;
      }
      case 'workroom':
        out.push({
          siteCode: site.code, name: '村(居)法律顾问驻村服务', rrule: 'FREQ=DAILY', startTime: '09:00', durationMinutes: 240,
          calendarMode: 'working_days', seats: [seat(['lawyer', 'grassroots_worker'], 1, { appointeesOnly: true })],
          tags: ['visit', ...remote], flexible: { count: 1, per: 'month' },
        });
        break;
      case 'resettlement': {
        const large = (site.population ?? 0) >= LARGE_SITE;
        const i = resettlement++;
        const days = large ? ['TU', 'FR'] : [WEEKDAYS[(i * 2) % WEEKDAYS.length]!];
        out.push({
          siteCode: site.code, name: '安置点律师驻点调解', rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`, startTime: '14:00', durationMinutes: 180,
          calendarMode: 'working_days', seats: [seat(['lawyer'], 1, wanted)], tags: ['resettlement', ...remote], flexible: null,
        });
        break;
      }
      case 'online':
        if (site.code.endsWith('-HOTLINE')) {
          // Three lines, three shifts a day, every day of the year (domain.md §7 [E]).
          const hotline = (name: string, start: string, minutes: number, tags: string[]): DemoTemplate => ({
            siteCode: site.code, name, rrule: 'FREQ=DAILY', startTime: start, durationMinutes: minutes, calendarMode: 'every_day',
            seats: [seat(['lawyer'], 3, { skills: ['hotline'] })], tags: ['hotline', ...tags], flexible: null,
          });
          out.push(hotline('12348热线日班', '08:30', 540, ['day']), hotline('12348热线晚班', '17:30', 270, ['evening']), hotline('12348热线夜班', '22:00', 630, ['night']));
        } else if (site.code.endsWith('-WEB')) {
          out.push({
            siteCode: site.code, name: '贵州法律服务网在线值班', rrule: 'FREQ=DAILY', startTime: '09:00', durationMinutes: 480, calendarMode: 'every_day',
            seats: [seat(['lawyer'], 1, { skills: ['hotline'] })], tags: ['online'], flexible: null,
          });
        }
        // The synchronized online desk is staffed by the centre's on-site lawyer: no own shifts.
        break;
      default:
        // Schools: sessions come from bookings with the legal vice-principal, not templates.
        break;
    }
  }
  return out;
}
