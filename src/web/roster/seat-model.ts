// What the seat page shows, from the API's answers (pure): each seat group's need, holders and
// missing count, the chosen group, whom a swap would replace, the unfilled need's reasons, and
// the violations that concern this shift or its holders, worst first.
import type { AssignmentRow, SeatNeed, ShiftRow, UnfilledItem, ViolationRow } from './types.js';

export interface SeatGroupState {
  index: number;
  need: SeatNeed;
  holders: { personId: number; name: string; pinned: boolean; seatIndex: number }[];
  missing: number;
}

export interface SeatState {
  groups: SeatGroupState[];
  /** The seat group whose candidates are listed. */
  group: number;
  /** The holder a chosen candidate would replace (a swap); absent: candidates fill a free seat. */
  replace?: { personId: number; name: string };
  unfilled?: UnfilledItem;
  warnings: ViolationRow[];
}

const LEVEL: Record<string, number> = { hard: 0, medium: 1, soft: 2 };

export function seatState(
  shift: ShiftRow,
  held: readonly AssignmentRow[],
  violations: readonly ViolationRow[],
  unfilled: readonly UnfilledItem[],
  ask: { group?: string; replace?: string },
): SeatState {
  const flexible = shift.groupKey !== null;
  const groups = shift.seats.map((need, index): SeatGroupState => {
    const holders = held
      .filter((a) => a.shiftId === shift.id && a.seatGroup === index)
      .map((a) => ({ personId: a.personId, name: a.personName, pinned: a.pinned, seatIndex: a.seatIndex }))
      .sort((a, b) => a.seatIndex - b.seatIndex);
    // A flexible duty is missing only if no alternative day holds it; the API's unfilled list knows.
    const open = unfilled.find((u) => u.seatGroup === index && u.shiftIds.includes(shift.id));
    const missing = flexible ? (open?.missing ?? 0) : Math.max(0, need.count - holders.length);
    return { index, need, holders, missing };
  });
  const asked = Number(ask.group);
  const group = Number.isInteger(asked) && asked >= 0 && asked < groups.length ? asked : Math.max(0, groups.findIndex((g) => g.missing > 0));
  const chosen = groups[group];
  const wantReplace = Number(ask.replace);
  const replaceHolder = chosen?.holders.find((h) => h.personId === wantReplace) ?? (chosen && chosen.missing === 0 ? chosen.holders[0] : undefined);
  const holderIds = new Set(groups.flatMap((g) => g.holders.map((h) => String(h.personId))));
  const warnings = violations
    .filter((v) => v.shift === String(shift.id) || (v.shift === undefined && v.person !== undefined && holderIds.has(v.person)))
    .sort((a, b) => (LEVEL[a.level] ?? 3) - (LEVEL[b.level] ?? 3) || b.amount - a.amount);
  return {
    groups,
    group,
    ...(replaceHolder ? { replace: { personId: replaceHolder.personId, name: replaceHolder.name } } : {}),
    ...(() => {
      const u = unfilled.find((x) => x.seatGroup === group && x.shiftIds.includes(shift.id));
      return u ? { unfilled: u } : {};
    })(),
    warnings,
  };
}
