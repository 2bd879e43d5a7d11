// Default Liupanshui subsidy rules from domain.md §8 (all [E]: Guizhou amounts were not found;
// the comparables are cited there). Integer fen. Order matters among base rules: the first that
// matches prices the duty, so the salaried-official rule comes first.
import type { SubsidyRule, SubsidySiteType } from './rules.js';

const FROM = '2025-01-01';
const ONSITE: readonly SubsidySiteType[] = ['centre', 'station', 'resettlement'];
const PHYSICAL: readonly SubsidySiteType[] = [...ONSITE, 'workroom', 'school'];

/** 4,000 元 a village a year (§8: 3,000–5,000), paid as 1/12 per monthly visit so a missed visit
 *  deducts 1/12: 400,000 fen ÷ 12 = 33,333.3, rounded down to 33,333 fen. */
export const VILLAGE_ADVISER_YEAR_FEN = 400_000;

export const DEFAULT_SUBSIDY_RULES: readonly SubsidyRule[] = [
  {
    id: 'lps-2025.official', kind: 'base', code: 'official_no_subsidy', labelZh: '公职人员不领取值班补贴',
    amountFen: 0, validFrom: FROM, validTo: null, when: { salariedOfficial: true }, exclusive: true,
    basis: 'Public officials may not draw duty or case subsidies (domain.md §8, Shandong rule; §11 hard rule 7).',
  },
  {
    id: 'lps-2025.hotline-night', kind: 'base', code: 'hotline_night', labelZh: '12348热线夜班补贴',
    amountFen: 15_000, validFrom: FROM, validTo: null, when: { roles: ['lawyer'], siteTypes: ['online'], hotline: true, night: true },
    basis: 'domain.md §8 [E]: hotline night shift 150 元.',
  },
  {
    id: 'lps-2025.hotline-shift', kind: 'base', code: 'hotline_shift', labelZh: '12348热线值班补贴',
    amountFen: 10_000, validFrom: FROM, validTo: null, when: { roles: ['lawyer'], siteTypes: ['online'], hotline: true, night: false },
    basis: 'Not in domain.md §8: a day or evening hotline shift is paid like a half day (100 元) [E].',
  },
  {
    id: 'lps-2025.online', kind: 'base', code: 'online_duty', labelZh: '线上值班补贴',
    amountFen: 10_000, validFrom: FROM, validTo: null, when: { roles: ['lawyer'], siteTypes: ['online'], hotline: false },
    basis: 'domain.md §8 [E]: online duty 100 元/day (one online duty a day).',
  },
  {
    id: 'lps-2025.village-visit', kind: 'base', code: 'village_adviser_visit', labelZh: '村(居)法律顾问驻村补贴（年度1/12）',
    amountFen: Math.floor(VILLAGE_ADVISER_YEAR_FEN / 12), validFrom: FROM, validTo: null,
    when: { roles: ['lawyer', 'grassroots_worker'], siteTypes: ['workroom'] },
    basis: 'domain.md §8 [E]: 3,000–5,000 元/village/year, deduct 1/12 per missed monthly visit; 4,000 taken.',
  },
  {
    id: 'lps-2025.school-session', kind: 'base', code: 'school_session', labelZh: '法治课补贴',
    amountFen: 10_000, validFrom: FROM, validTo: null, when: { roles: ['legal_vice_principal', 'lawyer'], siteTypes: ['school'] },
    basis: 'Not in domain.md §8: a school session by a non-official vice-principal is paid as a half day [E].',
  },
  {
    id: 'lps-2025.onsite-full', kind: 'base', code: 'onsite_full_day', labelZh: '驻点值班补贴（全天）',
    amountFen: 20_000, validFrom: FROM, validTo: null,
    when: { roles: ['lawyer', 'grassroots_worker', 'notary', 'mediator'], siteTypes: ONSITE, durationClass: 'full_day' },
    basis: 'domain.md §8 [E]: 200 元 a full day (龙岩永定 200 元/天 comparable).',
  },
  {
    id: 'lps-2025.onsite-half', kind: 'base', code: 'onsite_half_day', labelZh: '驻点值班补贴（半天）',
    amountFen: 10_000, validFrom: FROM, validTo: null,
    when: { roles: ['lawyer', 'grassroots_worker', 'notary', 'mediator'], siteTypes: ONSITE, durationClass: 'half_day' },
    basis: 'domain.md §8 [E]: 100 元 a half day.',
  },
  {
    id: 'lps-2025.cross-county', kind: 'supplement', code: 'cross_county_transport', labelZh: '跨县（区）交通补贴',
    amountFen: 8_000, validFrom: FROM, validTo: null, when: { siteTypes: PHYSICAL, crossCounty: true },
    basis: 'domain.md §8 [E]: +80 元 transport when the duty is outside the home county.',
  },
];
