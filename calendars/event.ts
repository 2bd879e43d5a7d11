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

/** DESCRIPTION: one short line per fact present (duty, place, contact, what to bring, note). */
export function dutyDescription(d: DutyText, status: FeedEventStatus = 'CONFIRMED'): string {
  const lines: string[] = [];
  if (status === 'CANCELLED') lines.push('此值班已取消。');
  lines.push(`值班：${d.dutyNameZh}（${d.siteNameZh}）`);
  if (d.online) lines.push('方式：线上值班，无需到场');
  else if (d.siteAddressZh) lines.push(`地址：${d.siteAddressZh}`);
  const contact = [d.contactNameZh, d.contactPhone].filter(Boolean).join(' ');
  if (contact) lines.push(`联系：${contact}`);
  if (d.bringZh && d.bringZh.length > 0) lines.push(`请携带：${d.bringZh.join('、')}`);
  if (d.noteZh) lines.push(`备注：${d.noteZh}`);
  return lines.join('\n');
}
