// Subsidy rules as data (role × site type × duration class, night, cross-county, salaried
// officials) with validity dates, and the pure pricing of one duty. Amounts are integer fen.
// The ledger records what a rule paid when it paid it; this module only picks the rule valid on
// the duty's date. The solver's budget estimate calls priceDuty per candidate, so it stays a
// plain scan over a dozen rules (measured ~0.6 µs a call on this machine).

/** Roles and site types as in the registry (db/schema/enums.ts ROLES, SITE_TYPES). The 12348
 *  hotline is an online site whose duty carries the `hotline` flag (template tag). */
export type SubsidyRole = 'lawyer' | 'notary' | 'grassroots_worker' | 'mediator' | 'legal_vice_principal';
export type SubsidySiteType = 'centre' | 'station' | 'workroom' | 'resettlement' | 'school' | 'online';
export type DurationClass = 'full_day' | 'half_day';

/** A duty of at least 6 hours (360 min) is a full day; anything shorter is a half day. Chosen
 *  because a centre day (08:30–17:30 with a lunch break) is ≥ 6 h and a station or village
 *  half-day (domain.md §6/§10, ≥ 4 h) is under it; the comparable city pilot pays "≤ 4 h" at
 *  about half the day rate (domain.md §8). A 5-hour duty is therefore paid as a half day. */
export const FULL_DAY_MIN_MINUTES = 360;

export function durationClass(minutes: number): DurationClass {
  return minutes >= FULL_DAY_MIN_MINUTES ? 'full_day' : 'half_day';
}

/** Conditions a rule requires; an absent field matches anything. */
export interface RuleMatch {
  roles?: readonly SubsidyRole[];
  siteTypes?: readonly SubsidySiteType[];
  durationClass?: DurationClass;
  hotline?: boolean;
  night?: boolean;
  salariedOfficial?: boolean;
  crossCounty?: boolean;
}

export interface SubsidyRule {
  /** Stable id, recorded in the ledger (e.g. 'lps-2025.onsite-full'). */
  id: string;
  /** base: the first matching base rule prices the duty; supplement: every matching one adds. */
  kind: 'base' | 'supplement';
  /** Line code; a district rule shadows a general rule with the same code. */
  code: string;
  labelZh: string;
  amountFen: number;
  /** Local dates (Asia/Shanghai), both inclusive; validTo null = open-ended. */
  validFrom: string;
  validTo: string | null;
  /** County code of the duty's site (e.g. '520201'); absent = every district. */
  district?: string;
  when: RuleMatch;
  /** Base rules only: no supplements after this one (salaried officials get nothing). */
  exclusive?: boolean;
  /** Why the rule exists and where its amount comes from. */
  basis: string;
}

export interface PricedDuty {
  /** Local start date 'YYYY-MM-DD': picks the rules valid then. */
  date: string;
  siteType: SubsidySiteType;
  /** Duty length in minutes. */
  minutes: number;
  /** 12348 hotline duty (an online site; template tag 'hotline'). */
  hotline?: boolean;
  /** Night shift (12348 22:00–08:30; template tag 'night'). */
  night?: boolean;
  /** County code of the site. */
  siteCounty?: string;
}

export interface PricedPerson {
  role: SubsidyRole;
  /** Civil servants and other salaried public staff (法援中心, 司法所, police …). */
  salariedOfficial: boolean;
  /** County code of the person's home base. */
  homeCounty?: string;
}

export interface PriceLine {
  ruleId: string;
  code: string;
  labelZh: string;
  amountFen: number;
}

export interface DutyPrice {
  /** The base rule applied; null when no rule covers the duty (amount 0, no lines). */
  ruleId: string | null;
  amountFen: number;
  lines: PriceLine[];
}


interface Facts {
  role: SubsidyRole;
  siteType: SubsidySiteType;
  durationClass: DurationClass;
  hotline: boolean;
  night: boolean;
  salariedOfficial: boolean;
  crossCounty: boolean;
}

function matches(w: RuleMatch, f: Facts): boolean {
  return (
    (w.roles === undefined || w.roles.includes(f.role)) &&
    (w.siteTypes === undefined || w.siteTypes.includes(f.siteType)) &&
    (w.durationClass === undefined || w.durationClass === f.durationClass) &&
    (w.hotline === undefined || w.hotline === f.hotline) &&
    (w.night === undefined || w.night === f.night) &&
    (w.salariedOfficial === undefined || w.salariedOfficial === f.salariedOfficial) &&
    (w.crossCounty === undefined || w.crossCounty === f.crossCounty)
  );
}

function inForce(r: SubsidyRule, date: string, district: string | undefined): boolean {
  return r.validFrom <= date && (r.validTo === null || date <= r.validTo) && (r.district === undefined || r.district === district);
}

function line(r: SubsidyRule): PriceLine {
  return { ruleId: r.id, code: r.code, labelZh: r.labelZh, amountFen: r.amountFen };
}

/** Prices one duty for one person with the rules valid on the duty's date. */
export function priceDuty(rules: readonly SubsidyRule[], duty: PricedDuty, person: PricedPerson): DutyPrice {
  const live = rules.filter((r) => inForce(r, duty.date, duty.siteCounty));
  // A district's own rule replaces the general rule of the same code.
  const shadowed = new Set(live.filter((r) => r.district !== undefined).map((r) => r.code));
  const usable = live.filter((r) => r.district !== undefined || !shadowed.has(r.code));
  const facts: Facts = {
    role: person.role,
    siteType: duty.siteType,
    durationClass: durationClass(duty.minutes),
    hotline: duty.hotline ?? false,
    night: duty.night ?? false,
    salariedOfficial: person.salariedOfficial,
    crossCounty:
      duty.siteType !== 'online' &&
      duty.siteCounty !== undefined &&
      person.homeCounty !== undefined &&
      duty.siteCounty !== person.homeCounty,
  };
  const base = usable.find((r) => r.kind === 'base' && matches(r.when, facts));
  if (!base) return { ruleId: null, amountFen: 0, lines: [] };
  const lines = [line(base)];
  if (!base.exclusive) {
    for (const r of usable) if (r.kind === 'supplement' && matches(r.when, facts)) lines.push(line(r));
  }
  return { ruleId: base.id, amountFen: lines.reduce((sum, l) => sum + l.amountFen, 0), lines };
}

/** Shape problems in a rule set (empty when sound): ids unique, whole non-negative fen, dates. */
export function checkRules(rules: readonly SubsidyRule[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const date = /^\d{4}-\d{2}-\d{2}$/;
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`${r.id}: duplicate id`);
    ids.add(r.id);
    if (!Number.isInteger(r.amountFen) || r.amountFen < 0) problems.push(`${r.id}: amountFen must be whole fen ≥ 0`);
    if (!date.test(r.validFrom) || (r.validTo !== null && (!date.test(r.validTo) || r.validTo < r.validFrom))) {
      problems.push(`${r.id}: bad validity ${r.validFrom}..${r.validTo}`);
    }
    if (r.exclusive && r.kind !== 'base') problems.push(`${r.id}: only base rules can be exclusive`);
  }
  return problems;
}
