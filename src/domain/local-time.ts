// Local wall-clock time in Asia/Shanghai (the zone every local rule uses) against UTC instants
// and minutes from a period's start: the arithmetic the recurrence expansion and the roster
// model share.
import { DateTime, IANAZone } from 'luxon';

export const ZONE = 'Asia/Shanghai';

/** Local dates, both inclusive; minutes are counted from `from` at 00:00 Asia/Shanghai. */
export interface Period {
  from: string;
  to: string;
}

/** '2026-12' → { from: '2026-12-01', to: '2026-12-31' }. */
export function monthPeriod(month: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); // day 0 of next month
  return { from: `${month}-01`, to: last };
}

// luxon's zone arithmetic costs ~15 µs a call (Intl); a month of a few hundred templates makes
// thousands of calls, so local wall-clock → epoch ms is memoised (a pure cache, bounded).
const zone = IANAZone.create(ZONE);
const localMsCache = new Map<string, number>();

/** Epoch ms of local wall-clock `date` `hh:mm` in Asia/Shanghai. */
function localMs(date: string, hh: number, mm: number): number {
  const key = `${date}T${hh}:${mm}`;
  let ms = localMsCache.get(key);
  if (ms === undefined) {
    const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
    ms = DateTime.fromObject({ year: y, month: mo, day: d, hour: hh, minute: mm }, { zone }).toMillis();
    if (localMsCache.size > 100_000) localMsCache.clear();
    localMsCache.set(key, ms);
  }
  return ms;
}

/** Period start (from 00:00 local) as epoch milliseconds. */
export function periodStartMs(period: Period): number {
  return localMs(period.from, 0, 0);
}

/** Minutes from the period start to a UTC ISO instant (may be negative or fractional). */
export function minutesFromPeriodStart(period: Period, instantUtc: string): number {
  return (Date.parse(instantUtc) - periodStartMs(period)) / 60_000;
}

/** The instants of a duty starting at `startLocal` ('HH:mm') on local `date`, lasting `durationMinutes`. */
export function localSlot(
  date: string,
  startLocal: string,
  durationMinutes: number,
  period: Period,
): { startUtc: string; endUtc: string; startMinute: number; endMinute: number } {
  const [h, m] = startLocal.split(':').map(Number) as [number, number];
  const startMs = localMs(date, h, m);
  const endMs = startMs + durationMinutes * 60_000;
  const base = periodStartMs(period);
  return {
    startUtc: new Date(startMs).toISOString(),
    endUtc: new Date(endMs).toISOString(),
    startMinute: (startMs - base) / 60_000,
    endMinute: (endMs - base) / 60_000,
  };
}
