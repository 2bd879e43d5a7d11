// Applies one manual edit (assign, unassign, swap, pin) to a draft's assignment list, as a pure
// step: the result is checked by the solver's constraints before anything is saved.
import type { NewAssignment } from '../../db/repositories/rosters.js';
import { ApiError } from '../errors.js';

export type Edit =
  | { op: 'assign'; shiftId: number; seatGroup: number; personId: number }
  | { op: 'unassign'; shiftId: number; seatGroup: number; personId: number }
  | { op: 'swap'; shiftId: number; seatGroup: number; personId: number; withPersonId: number; withShiftId?: number; withSeatGroup: number }
  | { op: 'pin'; shiftId: number; seatGroup: number; personId: number; pinned: boolean };

export interface SeatCapacity {
  /** How many people the seat group takes (flexible alternatives: the group's count). */
  capacity(shiftId: number, seatGroup: number): number | undefined;
}

const same = (a: NewAssignment, shiftId: number, seatGroup: number, personId: number) =>
  a.shiftId === shiftId && a.seatGroup === seatGroup && a.personId === personId;

function renumber(rows: NewAssignment[]): NewAssignment[] {
  const next = new Map<string, number>();
  return [...rows]
    .sort((a, b) => a.shiftId - b.shiftId || a.seatGroup - b.seatGroup || a.seatIndex - b.seatIndex)
    .map((r) => {
      const key = `${r.shiftId}:${r.seatGroup}`;
      const i = next.get(key) ?? 0;
      next.set(key, i + 1);
      return { ...r, seatIndex: i };
    });
}

/** The edited list, and the (shift, person) pairs the edit touched (edits pin what they place). */
export function applyEdit(rows: readonly NewAssignment[], edit: Edit, seats: SeatCapacity): { rows: NewAssignment[]; touched: { shiftId: number; personId: number }[] } {
  const out = rows.map((r) => ({ ...r }));
  const find = (shiftId: number, seatGroup: number, personId: number) => out.findIndex((a) => same(a, shiftId, seatGroup, personId));
  const capacity = seats.capacity(edit.shiftId, edit.seatGroup);
  if (capacity === undefined) throw new ApiError('validation_failed', `shift ${edit.shiftId} has no seat group ${edit.seatGroup} in this roster`, [{ pointer: '/seatGroup', detail: 'no such seat', in: 'body' }]);
  const place = (shiftId: number, seatGroup: number, personId: number) => out.push({ shiftId, seatGroup, seatIndex: 999, personId, pinned: true, source: 'manual' });

  switch (edit.op) {
    case 'assign': {
      if (find(edit.shiftId, edit.seatGroup, edit.personId) >= 0) throw new ApiError('conflict', 'this person already holds this seat');
      const taken = out.filter((a) => a.shiftId === edit.shiftId && a.seatGroup === edit.seatGroup).length;
      if (taken >= capacity) throw new ApiError('conflict', 'the seat is full: unassign someone or swap instead');
      place(edit.shiftId, edit.seatGroup, edit.personId);
      return { rows: renumber(out), touched: [{ shiftId: edit.shiftId, personId: edit.personId }] };
    }
    case 'unassign': {
      const i = find(edit.shiftId, edit.seatGroup, edit.personId);
      if (i < 0) throw new ApiError('conflict', 'this person does not hold this seat');
      out.splice(i, 1);
      return { rows: renumber(out), touched: [{ shiftId: edit.shiftId, personId: edit.personId }] };
    }
    case 'pin': {
      const i = find(edit.shiftId, edit.seatGroup, edit.personId);
      if (i < 0) throw new ApiError('conflict', 'this person does not hold this seat');
      out[i]!.pinned = edit.pinned;
      return { rows: out, touched: [] };
    }
    case 'swap': {
      const i = find(edit.shiftId, edit.seatGroup, edit.personId);
      if (i < 0) throw new ApiError('conflict', 'this person does not hold this seat');
      if (edit.personId === edit.withPersonId) throw new ApiError('validation_failed', 'swap needs two different people', [{ pointer: '/withPersonId', detail: 'same person', in: 'body' }]);
      if (find(edit.shiftId, edit.seatGroup, edit.withPersonId) >= 0) throw new ApiError('conflict', 'the other person already holds this seat');
      out.splice(i, 1);
      place(edit.shiftId, edit.seatGroup, edit.withPersonId);
      const touched = [{ shiftId: edit.shiftId, personId: edit.withPersonId }, { shiftId: edit.shiftId, personId: edit.personId }];
      if (edit.withShiftId !== undefined) {
        const j = find(edit.withShiftId, edit.withSeatGroup, edit.withPersonId);
        if (j < 0) throw new ApiError('conflict', 'the other person does not hold the seat to trade', [{ pointer: '/withShiftId', detail: 'not their duty', in: 'body' }]);
        out.splice(j, 1);
        place(edit.withShiftId, edit.withSeatGroup, edit.personId);
        touched.push({ shiftId: edit.withShiftId, personId: edit.personId });
      }
      return { rows: renumber(out), touched };
    }
  }
}
