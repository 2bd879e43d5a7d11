// Replays the published versions of a roster into the state a feed shows for each duty: CONFIRMED
// when the latest version holds it, CANCELLED when a version dropped it, SEQUENCE raised each time
// its times, place, status (or, for site feeds, its people) changed, and LAST-MODIFIED taken from
// the version that last changed it. Pure: no clock except the `now` a caller passes to `visible`.

/** One duty as one published version holds it. `key` is its identity across versions. */
export interface DutySnapshot {
  key: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  /** Where: a site id (a changed place is a change). */
  place: number;
  /** Anything else whose change should raise SEQUENCE (e.g. the people on a site's shift). */
  extra?: string;
}

export interface VersionSnapshot<T extends DutySnapshot> {
  version: number;
  /** ISO instant the version was published. */
  publishedAt: string;
  duties: readonly T[];
}

export interface DutyState<T extends DutySnapshot> {
  key: string;
  /** The latest facts (for a cancelled duty: as it was when last published). */
  duty: T;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  /** ISO instants from the versions: first published, last changed, dropped (null if live). */
  created: string;
  lastModified: string;
  cancelledAt: string | null;
}

/** A removed duty stays in the feed as CANCELLED this long after the version that removed it,
 *  so subscribed clients see the cancellation before it disappears (days). */
export const CANCELLED_KEEP_DAYS = 30;
const DAY_MS = 86_400_000;

function changed(a: DutySnapshot, b: DutySnapshot): boolean {
  return (
    Date.parse(a.start) !== Date.parse(b.start) ||
    Date.parse(a.end) !== Date.parse(b.end) ||
    a.place !== b.place ||
    (a.extra ?? '') !== (b.extra ?? '')
  );
}

/** Replays versions in version order (the input order does not matter). Duties with the same key
 *  in one version: the first one wins (callers give unique keys). */
export function replayVersions<T extends DutySnapshot>(versions: readonly VersionSnapshot<T>[]): DutyState<T>[] {
  const states = new Map<string, DutyState<T>>();
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  for (const v of ordered) {
    const present = new Set<string>();
    for (const duty of v.duties) {
      if (present.has(duty.key)) continue;
      present.add(duty.key);
      const s = states.get(duty.key);
      if (!s) {
        states.set(duty.key, { key: duty.key, duty, sequence: 0, status: 'CONFIRMED', created: v.publishedAt, lastModified: v.publishedAt, cancelledAt: null });
      } else if (s.status === 'CANCELLED' || changed(s.duty, duty)) {
        states.set(duty.key, { ...s, duty, sequence: s.sequence + 1, status: 'CONFIRMED', lastModified: v.publishedAt, cancelledAt: null });
      } else {
        s.duty = duty; // same facts; keep the stamp of the version that last changed it
      }
    }
    for (const s of states.values()) {
      if (s.status === 'CONFIRMED' && !present.has(s.key)) {
        states.set(s.key, { ...s, sequence: s.sequence + 1, status: 'CANCELLED', lastModified: v.publishedAt, cancelledAt: v.publishedAt });
      }
    }
  }
  return [...states.values()];
}

/** The duties a feed shows at `now`: every live one, and the cancelled ones dropped within the
 *  last CANCELLED_KEEP_DAYS days. */
export function visibleDuties<T extends DutySnapshot>(states: readonly DutyState<T>[], now: Date): DutyState<T>[] {
  const since = now.getTime() - CANCELLED_KEEP_DAYS * DAY_MS;
  return states.filter((s) => s.status === 'CONFIRMED' || Date.parse(s.cancelledAt!) > since);
}

/** When the visible set next changes by the clock alone (a cancellation ageing out), or null. */
export function nextExpiry(states: readonly DutyState<DutySnapshot>[], now: Date): number | null {
  let next: number | null = null;
  for (const s of states) {
    if (s.cancelledAt === null) continue;
    const until = Date.parse(s.cancelledAt) + CANCELLED_KEEP_DAYS * DAY_MS;
    if (until > now.getTime() && (next === null || until < next)) next = until;
  }
  return next;
}

/** A row of a published version before it has an identity. */
export interface IdentityRow {
  shiftId: number;
  groupKey: string | null;
  /** UTC ISO start: orders the occurrences of one flexible need. */
  start: string;
}

/**
 * Gives each row of each version a stable identity key: `s<shift>` for fixed duties, and for a
 * flexible need (group key, one shift per chosen day) `g<key>#<slot>`. A row keeps the slot its
 * shift held before; the others take the lowest free slots in start order, so moving a monthly
 * visit to another day keeps its identity (and UID) and counts as a change. Versions in order.
 */
export function assignIdentities<R extends IdentityRow>(versions: readonly { version: number; rows: readonly R[] }[]): Map<number, Map<R, string>> {
  const out = new Map<number, Map<R, string>>();
  /** group key → slot → the shift that held it last. */
  const slots = new Map<string, Map<number, number>>();
  for (const v of [...versions].sort((a, b) => a.version - b.version)) {
    const keys = new Map<R, string>();
    const byGroup = new Map<string, R[]>();
    for (const r of v.rows) {
      if (r.groupKey === null) keys.set(r, `s${r.shiftId}`);
      else byGroup.set(r.groupKey, [...(byGroup.get(r.groupKey) ?? []), r]);
    }
    for (const [group, rows] of byGroup) {
      const held = slots.get(group) ?? new Map<number, number>();
      const next = new Map<number, number>();
      const rest: R[] = [];
      for (const r of rows) {
        const slot = [...held].find(([s, shift]) => shift === r.shiftId && !next.has(s))?.[0];
        if (slot === undefined) rest.push(r);
        else next.set(slot, r.shiftId);
        if (slot !== undefined) keys.set(r, `g${group}#${slot}`);
      }
      rest.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.shiftId - b.shiftId);
      for (const r of rest) {
        let slot = 0;
        while (next.has(slot)) slot++;
        next.set(slot, r.shiftId);
        keys.set(r, `g${group}#${slot}`);
      }
      // Slots not used in this version keep their last shift, so a need that comes back later
      // reuses its identity.
      for (const [s, shift] of held) if (!next.has(s)) next.set(s, shift);
      slots.set(group, next);
    }
    out.set(v.version, keys);
  }
  return out;
}
