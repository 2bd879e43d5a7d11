// Plain-object shapes returned by the demo-data generator (`generateDemo`); the lead maps them
// onto database rows. Codes are stable strings, coordinates are WGS84 degrees, instants UTC ISO.

/** `zh` is Mandarin; the three minority languages are those of the city's 民族乡. */
export type Lang = 'zh' | 'yi' | 'miao' | 'buyi';
export type Role = 'lawyer' | 'notary' | 'grassroots_worker' | 'mediator' | 'legal_vice_principal';
export type SiteType = 'centre' | 'station' | 'workroom' | 'resettlement' | 'school' | 'online';
export type EmployerKind =
  | 'law_firm'
  | 'notary_office'
  | 'legal_service_office'
  | 'court'
  | 'procuratorate'
  | 'police'
  | 'justice_bureau'
  | 'mediation_committee';
export type TownshipKind = '街道' | '镇' | '乡' | '民族乡';
export type SchoolLevel = 'primary' | 'junior' | 'senior' | 'special';
export type UnavailabilityKind = 'leave' | 'court' | 'training' | 'sick' | 'other';

export interface DemoDistrict {
  /** 6-digit county-level code, e.g. '520201'. Synthetic replicas use prefectures 5299, 5298 …
   * (counting down; Guizhou has no real prefecture in 5260–5299). */
  code: string;
  name: string;
  nameEn: string;
  seatLat: number;
  seatLon: number;
  /** True for the central city district (钟山区) of each (real or synthetic) city. */
  central: boolean;
  /** 4-digit prefecture code: '5202' for Liupanshui; 5299 and below are synthetic replicas. */
  prefectureCode: string;
  /** True for the replicas made by `scale > 1`; never a real place. */
  synthetic: boolean;
}

export interface DemoTownship {
  /** 9 digits: district code + 3-digit serial (街道 001…, 镇 101…, 乡/民族乡 201…); not official codes. */
  code: string;
  districtCode: string;
  name: string;
  kind: TownshipKind;
  lat: number;
  lon: number;
  /** Minority languages of a 民族乡, read from its name (彝族 → yi, 苗族 → miao, 布依族 → buyi). */
  ethnicLanguages: Lang[];
  /** Far from the county seat or a 乡/民族乡 in the mountains: longer travel, priority for 资源下沉. */
  remote: boolean;
}

export interface DemoEmployer {
  code: string;
  kind: EmployerKind;
  name: string;
  /** District where the employer sits; city-level bodies sit in the central district. */
  districtCode: string;
}

export interface OpeningHours {
  /** `school_days` means term days of the school calendar; `working_days` follows 调休. */
  days: 'working_days' | 'every_day' | 'school_days';
  /** Local wall-clock time in Asia/Shanghai, 'HH:mm'; close '24:00' means until midnight. */
  open: string;
  close: string;
}

export interface DemoSite {
  code: string;
  type: SiteType;
  name: string;
  /** Null only for online desks (hotline, online platform, synchronized desk). */
  districtCode: string | null;
  townshipCode: string | null;
  address: string;
  lat: number | null;
  lon: number | null;
  openingHours: OpeningHours[];
  phone: string;
  /** Minority languages the people served here speak; any one of them is a match. Mandarin is
   * implied everywhere and therefore never listed; empty means Mandarin only. */
  languagesNeeded: Lang[];
  /** Resettlement sites only: people living there. */
  population?: number;
  schoolLevel?: SchoolLevel;
  /** Schools only: enrolled pupils; schools of 2,500 or more get a second vice-principal. */
  pupils?: number;
  remote: boolean;
}

export interface DemoPerson {
  code: string;
  name: string;
  gender: 'F' | 'M';
  roles: Role[];
  employerCode: string;
  /** Salaried public officials (court, procuratorate, police, justice bureau) get no subsidy. */
  publicOfficial: boolean;
  homeDistrictCode: string;
  homeLat: number;
  homeLon: number;
  /** Dispute areas and other competences, e.g. labour, land, notarization, juvenile. */
  skills: string[];
  /** Always includes 'zh'. */
  languages: Lang[];
  maxDutiesPerWeek: number;
  maxDutiesPerMonth: number;
  maxHoursPerMonth: number;
  /** YYYY-MM-DD, local dates; contractEnd null means open-ended. */
  contractStart: string;
  contractEnd: string | null;
  phone: string;
  /** Lawyers in the provincial 12348 hotline pool (may take hotline and online duty). */
  hotlinePool: boolean;
  retired?: boolean;
  age?: number;
}

export interface DemoUnavailability {
  personCode: string;
  kind: UnavailabilityKind;
  /** UTC ISO instants computed from Asia/Shanghai wall-clock times; endsAt is exclusive. */
  startsAt: string;
  endsAt: string;
  note: string;
}

export interface DemoAppointment {
  kind: 'vice_principal' | 'village_adviser';
  personCode: string;
  /** A school (vice_principal) or a workroom (village_adviser). */
  siteCode: string;
  /** YYYY-MM-DD; endsOn null means open-ended. */
  startsOn: string;
  endsOn: string | null;
}

export interface DemoData {
  districts: DemoDistrict[];
  townships: DemoTownship[];
  employers: DemoEmployer[];
  sites: DemoSite[];
  people: DemoPerson[];
  unavailability: DemoUnavailability[];
  appointments: DemoAppointment[];
}

export interface DemoOptions {
  /** Any integer; the same seed always gives deep-equal data. Default 1. */
  seed?: number;
  /** Number of cities, 1–40: 1 is Liupanshui; each extra one is a synthetic copy (5299, 5298 …). */
  scale?: number;
  /** Local dates (YYYY-MM-DD, inclusive) over which leave and court dates are spread. */
  unavailabilityFrom?: string;
  unavailabilityTo?: string;
  /** Whether a local date (YYYY-MM-DD; weekday 1 = Monday) is a working day, for court dates,
   * training and sick days. Default Monday–Friday; pass the holiday calendar to skip holidays. */
  isWorkingDay?: (isoDate: string, weekday: number) => boolean;
}
