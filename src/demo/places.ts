// The four county-level units of Liupanshui and their township units, as input data for the
// demo generator. Counts and seats follow shared/docs/domain.md §1–§2; names are explained below.
//
// About the names: 六枝特区's 18 units are the list in domain.md's cited page (3 街道, 9 镇,
// 1 乡, 5 民族乡). For the other three units the names are recalled, not checked against 民政
// data: some may be outdated or belong to a neighbouring unit, and the split of kinds in 钟山区
// and 水城区 is an estimate chosen so the city totals match §1 (27 街道, 39 镇, 1 乡, 25 民族乡).
// Entries marked "(filler)" are plausible inventions. Treat every name as demo data, not fact.
import type { TownshipKind } from './types';

export interface PlaceDistrict {
  /** Last two digits of the district code ('01' → 520201). */
  suffix: string;
  name: string;
  nameEn: string;
  /** Short form used in unit names (钟山, 六枝 …). */
  short: string;
  seatLat: number;
  seatLon: number;
  central: boolean;
  /** Rough middle of the county's area, which is not its seat ([E], read off a map). */
  centreLat: number;
  centreLon: number;
  /** Every generated point stays within this many km of the middle (county extent, [E]). */
  radiusKm: number;
  /** Village/community workrooms in the district (§1.2 [E]; sum 1,152 [S]). */
  workrooms: number;
  /** Relative weight for schools, firms and people (≈ resident population share, [E]). */
  weight: number;
  /** Resettlement sites [large, medium, small]; city total 4 / 12 / 32 (§4 [E]). */
  resettlement: [number, number, number];
  /** Township units; the first one is the seat (county town) and must be a 街道. */
  townships: { name: string; kind: TownshipKind }[];
}

const street = (name: string) => ({ name, kind: '街道' as const });
const town = (name: string) => ({ name, kind: '镇' as const });
const xiang = (name: string) => ({ name, kind: '乡' as const });
const ethnic = (name: string) => ({ name, kind: '民族乡' as const });

export const PLACES: readonly PlaceDistrict[] = [
  {
    suffix: '01',
    name: '钟山区',
    nameEn: 'Zhongshan District',
    short: '钟山',
    seatLat: 26.5925,
    seatLon: 104.8303,
    central: true,
    centreLat: 26.62,
    centreLon: 104.78,
    radiusKm: 22,
    workrooms: 220,
    weight: 0.2,
    resettlement: [1, 3, 5],
    townships: [
      street('凤凰街道'), street('荷城街道'), street('黄土坡街道'), street('德坞街道'),
      street('荷泉街道'), street('杉树林街道'), street('红岩街道'), street('老鹰山街道'),
      street('月照街道'), street('双戛街道'),
      town('大河镇'), town('汪家寨镇'), town('大湾镇'), town('保华镇'), town('木果镇'),
      ethnic('南开苗族彝族乡'), ethnic('青林苗族彝族乡'), ethnic('金盆苗族彝族乡'),
      ethnic('二塘彝族苗族乡'), // (filler: 二塘 was an old 钟山 乡 name; this 民族乡 is invented)
    ],
  },
  {
    suffix: '03',
    name: '六枝特区',
    nameEn: 'Liuzhi Special District',
    short: '六枝',
    seatLat: 26.21,
    seatLon: 105.48,
    central: false,
    centreLat: 26.21,
    centreLon: 105.48,
    radiusKm: 27,
    workrooms: 231,
    weight: 0.17,
    resettlement: [1, 3, 8],
    townships: [
      street('九龙街道'), street('银壶街道'), street('塔山街道'),
      town('岩脚镇'), town('木岗镇'), town('大用镇'), town('关寨镇'), town('牂牁镇'),
      town('新华镇'), town('龙河镇'), town('新窑镇'), town('郎岱镇'),
      xiang('新场乡'),
      ethnic('梭戛苗族彝族回族乡'), ethnic('牛场苗族彝族乡'), ethnic('中寨苗族彝族布依族乡'),
      ethnic('落别布依族彝族乡'), ethnic('月亮河彝族布依族苗族乡'),
    ],
  },
  {
    suffix: '04',
    name: '水城区',
    nameEn: 'Shuicheng District',
    short: '水城',
    seatLat: 26.54608,
    seatLon: 104.95705,
    central: false,
    centreLat: 26.45,
    centreLon: 104.9,
    radiusKm: 38,
    workrooms: 301,
    weight: 0.28,
    resettlement: [1, 3, 10],
    townships: [
      street('双水街道'), street('尖山街道'), street('董地街道'), street('杨柳街道'),
      street('滥坝街道'), // (filler: 滥坝 was a 镇 name)
      street('老厂街道'), street('凉都街道'), street('龙井街道'), // (fillers)
      town('玉舍镇'), town('蟠龙镇'), town('发耳镇'), town('都格镇'), town('勺米镇'),
      town('比德镇'), town('米箩镇'), town('陡箐镇'), town('化乐镇'), town('阿戛镇'),
      town('鸡场镇'),
      ethnic('营盘苗族彝族白族乡'), ethnic('龙场苗族白族彝族乡'), ethnic('杨梅彝族苗族回族乡'),
      ethnic('新街彝族苗族布依族乡'), ethnic('野钟苗族彝族布依族乡'), ethnic('果布戛彝族苗族布依族乡'),
      ethnic('猴场苗族布依族乡'), ethnic('花戛苗族布依族彝族乡'), ethnic('顺场苗族彝族布依族乡'),
    ],
  },
  {
    suffix: '81',
    name: '盘州市',
    nameEn: 'Panzhou City',
    short: '盘州',
    seatLat: 25.71077,
    seatLon: 104.46726,
    central: false,
    centreLat: 25.72,
    centreLon: 104.63,
    radiusKm: 33,
    workrooms: 400,
    weight: 0.35,
    resettlement: [1, 3, 9],
    townships: [
      street('亦资街道'), street('翰林街道'), street('红果街道'), street('两河街道'),
      street('胜境街道'), street('双凤街道'), // (fillers: the last two)
      town('柏果镇'), town('刘官镇'), town('民主镇'), town('大山镇'), town('石桥镇'),
      town('乐民镇'), town('平关镇'), town('英武镇'), town('保田镇'), town('老厂镇'),
      town('断江镇'), town('盘关镇'), town('响水镇'), town('洒基镇'),
      ethnic('普古彝族苗族乡'), ethnic('保基苗族彝族乡'), ethnic('淤泥彝族乡'), ethnic('坪地彝族乡'),
      ethnic('旧营白族彝族苗族乡'), ethnic('羊场布依族白族苗族乡'), ethnic('松河彝族乡'),
    ],
  },
];

/** The city-level name, and the prefecture code of the real city. */
export const CITY_NAME = '六盘水市';
export const CITY_PREFECTURE = '5202';
