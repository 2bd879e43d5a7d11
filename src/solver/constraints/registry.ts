// Every constraint the solver knows, hard first (the order of the catalogue).
import { appointee } from './appointee.js';
import { availability } from './availability.js';
import { budget } from './budget.js';
import { CATALOG } from './catalog.js';
import { consecutiveDays, consecutiveDaysOff } from './consecutive.js';
import { continuity } from './continuity.js';
import { coverUnder, overCover } from './cover.js';
import { fairDuties, fairNights, fairTravel, fairWeekends } from './fairness.js';
import { minimalChange } from './minimal-change.js';
import { noOverlap } from './no-overlap.js';
import { preferredLanguage, travel } from './per-assignment.js';
import { pinned } from './pinned.js';
import { qualification } from './qualification.js';
import { resourceSinking } from './resource-sinking.js';
import { rest } from './rest.js';
import { shiftLimits } from './shift-limits.js';
import { successions } from './successions.js';
import type { ConstraintDef } from './types.js';
import { weekends } from './weekends.js';
import { wishes } from './wishes.js';

const defs: ConstraintDef[] = [
  qualification, appointee, availability, noOverlap, rest, successions, shiftLimits, consecutiveDays,
  consecutiveDaysOff, weekends, pinned, coverUnder, overCover, wishes, preferredLanguage, travel, fairDuties,
  fairWeekends, fairNights, fairTravel, continuity, resourceSinking, budget, minimalChange,
];

const order = new Map(CATALOG.map((c, i) => [c.id, i]));

/** The registry, hard first then medium then soft, in catalogue order. */
export const REGISTRY: readonly ConstraintDef[] = [...defs].sort(
  (a, b) => (order.get(a.info.id) ?? 0) - (order.get(b.info.id) ?? 0),
);
