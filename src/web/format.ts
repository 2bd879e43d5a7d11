// Display helpers: local times in Asia/Shanghai, district names in the user's language.
import { DateTime } from 'luxon';
import type { Lang } from './i18n/index.js';

export const ZONE = 'Asia/Shanghai';

/** '2026-12-01 09:00' in Asia/Shanghai from a UTC instant. */
export function localDateTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');
}

/** The value of an <input type="datetime-local"> for an instant ('2026-12-01T09:00'). */
export function toLocalInput(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local value read as Asia/Shanghai wall-clock time → ISO instant with offset; other text passes through for the API to refuse. */
export function fromLocalInput(value: string): string {
  const dt = DateTime.fromISO(value.trim(), { zone: ZONE });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true })! : value.trim();
}

export function districtName(d: { name: string; nameEn: string } | undefined, lang: Lang, fallback = ''): string {
  if (!d) return fallback;
  return lang === 'en' && d.nameEn ? d.nameEn : d.name;
}

/** Integer fen as yuan with two decimals ('¥1,234.50'; negative for reversals). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '−' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** '2026-12-01 09:00–09:45' in Asia/Shanghai for a session (the end's date is the start's). */
export function localTimeRange(startIso: string, endIso: string): string {
  return `${localDateTime(startIso)}–${DateTime.fromISO(endIso, { zone: 'utc' }).setZone(ZONE).toFormat('HH:mm')}`;
}
