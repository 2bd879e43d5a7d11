// Solver assignments → draft assignment rows: seat groups keep their index, and people within a
// group are numbered in a stable order; pins keep their seats.
import type { NewAssignment } from '../../db/repositories/rosters.js';
import type { Assignment } from '../solver/problem.js';

export function toRows(assignments: readonly Assignment[], pinned: ReadonlySet<string>, source: string): NewAssignment[] {
  const bySeat = new Map<string, number[]>();
  for (const a of assignments) {
    const key = `${a.shift}:${a.seat ?? 0}`;
    const list = bySeat.get(key) ?? [];
    list.push(Number(a.person));
    bySeat.set(key, list);
  }
  const rows: NewAssignment[] = [];
  for (const [key, people] of bySeat) {
    const [shift, group] = key.split(':').map(Number) as [number, number];
    // Pinned people first, then by id, so re-solves that keep a person keep their seat index.
    const ordered = [...new Set(people)].sort((a, b) => Number(pinned.has(`${shift}:${group}:${b}`)) - Number(pinned.has(`${shift}:${group}:${a}`)) || a - b);
    ordered.forEach((personId, seatIndex) =>
      rows.push({ shiftId: shift, seatGroup: group, seatIndex, personId, pinned: pinned.has(`${shift}:${group}:${personId}`), source: pinned.has(`${shift}:${group}:${personId}`) ? 'manual' : source }),
    );
  }
  return rows;
}

export const pinKey = (shiftId: number, seatGroup: number, personId: number) => `${shiftId}:${seatGroup}:${personId}`;
