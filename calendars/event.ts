// The duty event a feed carries (stable UID, SEQUENCE, status, UTC instants), and the short
// Chinese SUMMARY / DESCRIPTION text of a duty built from data. Pure.

export type FeedEventStatus = 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';

export interface FeedEvent {
  /** Stable across polls and re-publishes (see dutyEventUid). */
  uid: string;
  /** Raised whenever the duty changes (time, place, status). */
  sequence: number;
  status: FeedEventStatus;
  /** UTC instants, ISO 8601 (written in the feed as Asia/Shanghai local time with TZID). */
  start: string;
  end: string;
  summary: string;
  /** Address (LOCATION). */
  location?: string;
  geo?: { lat: number; lon: number };
  description?: string;
  url?: string;
  /** ISO instants from the data; lastModified is also written as DTSTAMP (never "now"). */
  created: string;
  lastModified: string;
}

/** A stable UID for a person's duty on a shift: the same inputs give the same UID on every poll.
 *  Ids must not contain '@'. */
export function dutyEventUid(parts: { shiftId: string | number; personId?: string | number }, domain = 'zhiban'): string {
  const who = parts.personId !== undefined ? `-p${parts.personId}` : '';
  return `duty-s${parts.shiftId}${who}@${domain}`;
}

/** Group keys are free text: anything outside [A-Za-z0-9.-] (the escape '_' included) becomes
 *  `_` + hex code, so distinct keys keep distinct UIDs and no '@' slips in. */
function uidSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
}

/** A stable UID for a flexible duty (a monthly village visit): the need's group key within its
 *  roster, not the shift, so moving the visit to another day keeps the UID. `slot` tells apart
 *  the occurrences of a need served more than once (group_count > 1); slot 0 has no suffix. */
export function flexibleDutyEventUid(
  parts: { rosterId: string | number; groupKey: string; slot?: number; personId?: string | number },
  domain = 'zhiban',
): string {
  const slot = parts.slot ? `-n${parts.slot}` : '';
  const who = parts.personId !== undefined ? `-p${parts.personId}` : '';
  return `duty-r${parts.rosterId}-g${uidSafe(parts.groupKey)}${slot}${who}@${domain}`;
}

/** A stable UID for a booked school session (one per booking, whatever happens to it). */
export function bookingEventUid(bookingId: string | number, domain = 'zhiban'): string {
  return `booking-${bookingId}@${domain}`;
}

/** The registry's site types (db/schema/enums.ts), plus 'hotline' for 12348 duties. */
export type DutySiteKind = 'centre' | 'station' | 'workroom' | 'resettlement' | 'school' | 'online' | 'hotline';

/** What to bring, by kind of duty [E]: short and editable data, not prose. */
export const BRING_BY_SITE_KIND_ZH: Readonly<Record<DutySiteKind, readonly string[]>> = {
  centre: ['执业证', '工作牌'],
  station: ['执业证', '工作牌', '值班登记簿'],
  workroom: ['执业证', '普法宣传资料', '村(居)法律顾问工作日志'],
  resettlement: ['执业证', '普法宣传资料'],
  school: ['法治副校长聘书', '法治课课件'],
  hotline: ['工号', '耳机'],
  online: ['贵州法律服务网账号'],
};

export interface DutyText {
  /** e.g. '律师值班', '12348热线夜班', '村(居)法律顾问驻村'. */
  dutyNameZh: string;
  siteNameZh: string;
  /** The seat the person holds, e.g. '律师' (a centre desk has several kinds of seat). */
  roleZh?: string;
  /** Who is on duty (site and school feeds). */
  staffZh?: readonly string[];
  siteAddressZh?: string;
  contactNameZh?: string;
  contactPhone?: string;
  bringZh?: readonly string[];
  noteZh?: string;
  /** Remote duty: say so instead of an address. */
  online?: boolean;
}

const STATUS_PREFIX: Readonly<Record<FeedEventStatus, string>> = {
  CONFIRMED: '',
  TENTATIVE: '【待确认】',
  CANCELLED: '【已取消】',
};

/** SUMMARY: '律师值班｜钟山区公共法律服务中心', prefixed when tentative or cancelled. */
export function dutySummary(d: DutyText, status: FeedEventStatus = 'CONFIRMED'): string {
  return `${STATUS_PREFIX[status]}${d.dutyNameZh}｜${d.siteNameZh}`;
}

/** SUMMARY of a site's shift in a site or school feed: '中心窗口值班｜王芳、李强'. */
export function staffedSummary(dutyNameZh: string, staffZh: readonly string[], status: FeedEventStatus = 'CONFIRMED'): string {
  return `${STATUS_PREFIX[status]}${dutyNameZh}｜${staffZh.length ? staffZh.join('、') : '待安排'}`;
}

/** DESCRIPTION: one short line per fact present (duty, place, contact, what to bring, note). */
export function dutyDescription(d: DutyText, status: FeedEventStatus = 'CONFIRMED'): string {
  const lines: string[] = [];
  if (status === 'CANCELLED') lines.push('此值班已取消。');
  lines.push(`值班：${d.dutyNameZh}（${d.siteNameZh}）`);
  if (d.roleZh) lines.push(`岗位：${d.roleZh}`);
  if (d.staffZh) lines.push(`值班人员：${d.staffZh.length ? d.staffZh.join('、') : '待安排'}`);
  if (d.online) lines.push('方式：线上值班，无需到场');
  else if (d.siteAddressZh) lines.push(`地址：${d.siteAddressZh}`);
  const contact = [d.contactNameZh, d.contactPhone].filter(Boolean).join(' ');
  if (contact) lines.push(`联系：${contact}`);
  if (d.bringZh && d.bringZh.length > 0) lines.push(`请携带：${d.bringZh.join('、')}`);
  if (d.noteZh) lines.push(`备注：${d.noteZh}`);
  return lines.join('\n');
}
