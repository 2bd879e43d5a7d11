// Differences between two sets of assignments, per person: duties gained, lost, and moved (the
// same duty — a shift, or a flexible need's group — held on another day or seat). Pure.

export interface DutyRef {
  shiftId: number;
  seatGroup: number;
  personId: number;
  /** A flexible need's group key, else null: the duty's identity across alternative days. */
  groupKey: string | null;
  localDate: string;
  siteId: number;
}

export interface PersonDiff {
  personId: number;
  gained: DutyRef[];
  lost: DutyRef[];
  moved: { from: DutyRef; to: DutyRef }[];
}

const dutyKey = (d: DutyRef) => `${d.personId}|${d.groupKey ?? `s${d.shiftId}`}|${d.seatGroup}`;
const exactKey = (d: DutyRef) => `${d.personId}|${d.shiftId}|${d.seatGroup}`;

export function diffAssignments(before: readonly DutyRef[], after: readonly DutyRef[]): { people: PersonDiff[]; gained: number; lost: number; moved: number } {
  const afterExact = new Set(after.map(exactKey));
  const beforeExact = new Set(before.map(exactKey));
  const removed = before.filter((d) => !afterExact.has(exactKey(d)));
  const added = after.filter((d) => !beforeExact.has(exactKey(d)));
  const byPerson = new Map<number, PersonDiff>();
  const entry = (personId: number) => {
    let e = byPerson.get(personId);
    if (!e) byPerson.set(personId, (e = { personId, gained: [], lost: [], moved: [] }));
    return e;
  };
  // A removed and an added duty of the same person with the same identity is a move.
  const addedByKey = new Map<string, DutyRef[]>();
  for (const d of added) {
    const list = addedByKey.get(dutyKey(d)) ?? [];
    list.push(d);
    addedByKey.set(dutyKey(d), list);
  }
  for (const d of removed) {
    const match = addedByKey.get(dutyKey(d))?.shift();
    if (match) entry(d.personId).moved.push({ from: d, to: match });
    else entry(d.personId).lost.push(d);
  }
  for (const list of addedByKey.values()) for (const d of list) entry(d.personId).gained.push(d);
  const people = [...byPerson.values()].sort((a, b) => a.personId - b.personId);
  return {
    people,
    gained: people.reduce((n, p) => n + p.gained.length, 0),
    lost: people.reduce((n, p) => n + p.lost.length, 0),
    moved: people.reduce((n, p) => n + p.moved.length, 0),
  };
}
