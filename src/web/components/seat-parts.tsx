// Pieces of the seat page: a seat group's need in words, the small edit forms (each carries the
// draft version for If-Match), and the list of violations with their level in words.
import type { Child } from 'hono/jsx';
import type { WebCtx } from '../context.js';
import { labelOr, type MessageKey } from '../i18n/index.js';
import type { SeatNeed, ViolationRow } from '../roster/types.js';

export interface EditTarget {
  rosterId: number;
  shiftId: number;
  siteId: number;
  day: string;
  version: number;
}

export function needText(web: WebCtx, need: SeatNeed): string {
  const { t } = web;
  const parts = [need.roles.map((r) => t(`personRole.${r}` as MessageKey)).join(t('seat.or')) + ` ×${need.count}`];
  if (need.skills.length) parts.push(t('seat.skills', { list: need.skills.map((s) => labelOr(t, 'skill', s)).join('、') }));
  if (need.languages.length) parts.push(t('seat.languages', { list: need.languages.map((l) => t(`language.${l}` as MessageKey)).join('、') }));
  if (need.appointeesOnly) parts.push(t('seat.appointeesOnly'));
  return parts.join(' · ');
}

/** One edit as a one-button form. */
export function EditForm({ target, fields, label, ariaLabel, kind }: { target: EditTarget; fields: Record<string, string | number>; label: string; ariaLabel: string; kind?: 'primary' | 'danger' }) {
  return (
    <form method="post" action={`/roster/${target.rosterId}/edits`} class="inline edit">
      <input type="hidden" name="version" value={String(target.version)} />
      <input type="hidden" name="shiftId" value={String(target.shiftId)} />
      <input type="hidden" name="site" value={String(target.siteId)} />
      <input type="hidden" name="day" value={target.day} />
      {Object.entries(fields).map(([k, v]) => (
        <input type="hidden" name={k} value={String(v)} />
      ))}
      <button type="submit" class={kind ? `small ${kind}` : 'small'} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

export function LevelBadge({ web, level }: { web: WebCtx; level: string }) {
  const key = `level.${level}` as MessageKey;
  return <span class={`level l-${level}`}>{web.t(key)}</span>;
}

export function ViolationList({ web, items, empty, id }: { web: WebCtx; items: readonly ViolationRow[]; empty: string; id: string }): Child {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="violations" id={id}>
      {items.map((v) => (
        <li>
          <LevelBadge web={web} level={v.level} /> {v.message}
        </li>
      ))}
    </ul>
  );
}

/** A constraint's name in the user's language (the API's Chinese name when the catalogue lacks it). */
export function constraintName(web: WebCtx, id: string, fallback = id): string {
  const key = `constraint.${id}`;
  return key in CONSTRAINT_KEYS ? web.t(key as MessageKey) : fallback;
}

const CONSTRAINT_KEYS: Record<string, true> = Object.fromEntries(
  [
    'qualification', 'appointee', 'availability', 'no-overlap', 'rest', 'successions', 'shift-limits', 'consecutive-days', 'consecutive-days-off', 'weekends', 'pinned',
    'cover-under', 'over-cover', 'wishes', 'preferred-language', 'travel', 'fair-duties', 'fair-weekends', 'fair-nights', 'fair-travel', 'continuity', 'resource-sinking', 'budget', 'minimal-change', 'already',
  ].map((id) => [`constraint.${id}`, true]),
);
