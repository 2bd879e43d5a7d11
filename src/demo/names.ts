// Plausible Chinese names for demo people, villages and law firms, drawn from small
// character lists with a seeded stream. Any likeness to a real person or firm is chance.
import type { Lang } from './types';
import type { Rng } from './random';

// Common surnames, roughly most frequent first, with a few frequent in western Guizhou.
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高',
  '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '邓', '曹', '彭',
  '曾', '田', '袁', '蒋', '潘', '余', '龙', '陆', '熊', '韦', '岑', '安', '禄', '卢', '付',
];
// Weights for SURNAMES (same order): a long tail after the first ten.
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => (i < 10 ? 6 - i * 0.4 : 1.2));

// Surnames more common among Yi, Miao and Buyi families in the area; used for some speakers.
const ETHNIC_SURNAMES: Record<Exclude<Lang, 'zh'>, readonly string[]> = {
  yi: ['安', '禄', '陇', '龙', '王', '杨', '罗'],
  miao: ['杨', '吴', '龙', '熊', '王', '李', '陶'],
  buyi: ['韦', '岑', '罗', '黄', '王', '陆', '班'],
};

const GIVEN_F = [
  '芳', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '琳', '倩', '萍', '红',
  '梅', '莉', '慧', '佳', '颖', '欣', '悦', '琴', '兰', '丹', '晶', '蓉', '秀', '雯', '露',
];
const GIVEN_M = [
  '伟', '强', '军', '磊', '洋', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华',
  '飞', '斌', '波', '宇', '浩', '凯', '健', '俊', '峰', '龙', '林', '文', '鑫', '亮', '成',
];
const GIVEN_ANY = ['建', '国', '志', '永', '德', '海', '春', '晓', '玉', '金', '小', '子', '思', '嘉', '天'];

/** A 2- or 3-character name; `ethnicLang` biases the surname toward local minority families. */
export function personName(rng: Rng, gender: 'F' | 'M', ethnicLang?: Exclude<Lang, 'zh'>): string {
  const surname =
    ethnicLang && rng.chance(0.6)
      ? rng.pick(ETHNIC_SURNAMES[ethnicLang])
      : (SURNAMES[rng.weighted(SURNAME_WEIGHTS)] as string);
  const own = gender === 'F' ? GIVEN_F : GIVEN_M;
  if (rng.chance(0.3)) return surname + rng.pick(own);
  return surname + (rng.chance(0.5) ? rng.pick(GIVEN_ANY) : rng.pick(own)) + rng.pick(own);
}

// Syllables for village names: a first character and a landscape word (寨, 坪, 沟 …).
const VILLAGE_FIRST = [
  '大', '小', '新', '老', '上', '下', '中', '高', '马', '石', '白', '黑', '红', '青', '黄',
  '龙', '凤', '松', '竹', '梨', '桃', '茶', '麻', '岩', '水', '河', '海', '田', '沙', '金',
  '银', '铜', '花', '云', '长', '平', '双', '三', '五', '九', '杨', '陈', '李', '何', '罗',
];
const VILLAGE_SECOND = [
  '寨', '坪', '沟', '坝', '岩', '山', '湾', '河', '冲', '箐', '营', '场', '塘', '坡', '田',
  '林', '关', '堡', '桥', '坎', '脚', '头', '洞', '井', '溪',
];
const COMMUNITY_WORDS = [
  '东', '西', '南', '北', '中', '兴', '和', '平', '安', '康', '福', '乐', '华', '明', '新',
  '阳', '光', '城', '园', '苑', '丰', '泰', '宁', '盛', '景',
];

/** Distinct village names for one township: `count` names ending in 村 or 社区. */
export function villageNames(rng: Rng, count: number, communities: number): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const isCommunity = i < communities;
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || used.has(name)); attempt++) {
      const a = isCommunity ? rng.pick(COMMUNITY_WORDS) : rng.pick(VILLAGE_FIRST);
      const b = isCommunity ? rng.pick(COMMUNITY_WORDS) : rng.pick(VILLAGE_SECOND);
      // A doubled character (中中, 河河) reads oddly as a place name: draw again.
      name = a === b ? '' : a + b + (isCommunity ? '社区' : '村');
    }
    // Fall back to a numbered name in the (unlikely) case of 50 collisions in a row.
    if (name === '' || used.has(name)) name = `第${i + 1}${isCommunity ? '社区' : '村'}`;
    used.add(name);
    out.push(name);
  }
  return out;
}

const FIRM_WORDS = [
  '正', '诚', '信', '和', '衡', '明', '德', '远', '睿', '智', '宏', '安', '泰', '鼎', '君',
  '华', '瑞', '邦', '嘉', '恒', '凉', '都', '乌', '蒙', '夜', '郎', '黔', '峰', '律', '仁',
];

/** Distinct law-firm names 贵州XX律师事务所 (two-character trade names). */
export function firmNames(rng: Rng, count: number): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const a = rng.pick(FIRM_WORDS);
    const b = rng.pick(FIRM_WORDS);
    const trade = a + b;
    if (a === b || used.has(trade)) continue;
    used.add(trade);
    out.push(`贵州${trade}律师事务所`);
  }
  return out;
}

const ROADS = ['人民路', '钟山大道', '凉都大道', '建设路', '解放路', '民族路', '中山路', '育才路', '文化路', '迎宾路'];

/** A street address part such as 人民路128号. */
export function streetAddress(rng: Rng): string {
  return `${rng.pick(ROADS)}${rng.int(1, 399)}号`;
}

/** A phone number that cannot ring anyone: mobile numbers never begin with 100. */
export function fakeMobile(rng: Rng): string {
  return `100${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A local landline in the 0858 area whose subscriber part begins with 0, which is never assigned. */
export function fakeLandline(rng: Rng): string {
  return `0858-0${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}
