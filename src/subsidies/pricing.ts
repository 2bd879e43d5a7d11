// How a shift, its site and a person become the facts priceDuty reads, shared by the ledger and
// the solver's budget estimate so both price a duty the same way. Pure; amounts in integer fen.
import { priceDuty, type DutyPrice, type PricedDuty, type PricedPerson, type SubsidyRole, type SubsidyRule, type SubsidySiteType } from './rules.js';

export interface ShiftFacts {
  /** UTC instants (Date or ISO string). */
  startsAt: Date | string;
  endsAt: Date | string;
  /** Local start date 'YYYY-MM-DD' (Asia/Shanghai): picks the rules valid then. */
  localDate: string;
  /** Template tags: 'hotline', 'night' … */
  tags: readonly string[];
}

export interface SiteFacts {
  type: SubsidySiteType;
  /** County code; null for the city-wide online desks. */
  districtCode: string | null;
}

export interface PersonFacts {
  roles: readonly SubsidyRole[];
  publicOfficial: boolean;
  homeDistrictCode: string;
}

const ms = (t: Date | string) => (t instanceof Date ? t.getTime() : Date.parse(t));

export function pricedDutyOf(shift: ShiftFacts, site: SiteFacts): PricedDuty {
  return {
    date: shift.localDate,
    siteType: site.type,
    minutes: Math.round((ms(shift.endsAt) - ms(shift.startsAt)) / 60_000),
    hotline: shift.tags.includes('hotline'),
    night: shift.tags.includes('night'),
    ...(site.districtCode ? { siteCounty: site.districtCode } : {}),
  };
}

/** The role a person is paid as on a seat: the first of the seat's roles they hold (seats list
 *  roles in order of preference), else their own first role. */
export function pricingRole(personRoles: readonly SubsidyRole[], seatRoles: readonly SubsidyRole[]): SubsidyRole {
  return seatRoles.find((r) => personRoles.includes(r)) ?? personRoles[0] ?? seatRoles[0] ?? 'lawyer';
}

export function pricedPersonOf(person: PersonFacts, seatRoles: readonly SubsidyRole[]): PricedPerson {
  return { role: pricingRole(person.roles, seatRoles), salariedOfficial: person.publicOfficial, homeCounty: person.homeDistrictCode };
}

/** Exactly what the ledger records for this person on this seat of this shift. */
export function assignmentPrice(
  rules: readonly SubsidyRule[],
  shift: ShiftFacts,
  site: SiteFacts,
  person: PersonFacts,
  seatRoles: readonly SubsidyRole[],
): DutyPrice {
  return priceDuty(rules, pricedDutyOf(shift, site), pricedPersonOf(person, seatRoles));
}

export interface ShiftCost {
  /** A subsidised (not salaried) person of the seat's first role living in the site's county. */
  baseFen: number;
  /** Added when the person lives in another county (transport supplement); 0 for online duty. */
  crossCountyFen: number;
}

/**
 * The solver's budget estimate for one seat: cost(person) = publicOfficial ? 0 : baseFen +
 * (person's county ≠ site's county ? crossCountyFen : 0). It equals assignmentPrice for any
 * person whose pricing role is the seat's first role (see the test).
 */
export function shiftCostFen(rules: readonly SubsidyRule[], shift: ShiftFacts, site: SiteFacts, seatRoles: readonly SubsidyRole[]): ShiftCost {
  const role = seatRoles[0] ?? 'lawyer';
  const duty = pricedDutyOf(shift, site);
  const home = site.districtCode ?? '';
  const local = priceDuty(rules, duty, { role, salariedOfficial: false, homeCounty: home }).amountFen;
  const away = priceDuty(rules, duty, { role, salariedOfficial: false, homeCounty: `not-${home}` }).amountFen;
  return { baseFen: local, crossCountyFen: away - local };
}
