// The Chinese names of the registry's codes (person roles, skills, languages, shift tags): the one
// place they are written. The web catalogue derives its labels from these, and toProblem hands
// them to the solver, whose sentences would otherwise show a code ("角色不符（需notary）").
import type { TermLabels } from '../solver/problem.js';

export const ROLE_NAMES_ZH = {
  lawyer: '律师',
  notary: '公证员',
  grassroots_worker: '基层法律服务工作者',
  mediator: '人民调解员',
  legal_vice_principal: '法治副校长',
} as const;

export const LANGUAGE_NAMES_ZH = {
  zh: '普通话',
  yi: '彝语',
  miao: '苗语',
  buyi: '布依语',
} as const;

/** Skills are an open list; these are the ones the registry forms offer, plus the 12348 pool's. */
export const SKILL_NAMES_ZH = {
  labour: '劳动争议',
  land: '土地纠纷',
  property: '物业纠纷',
  family: '婚姻家庭',
  consumer: '消费维权',
  ecommerce: '电子商务',
  criminal: '刑事',
  administrative: '行政',
  contract: '合同',
  neighbour: '邻里纠纷',
  juvenile: '未成年人保护',
  education: '法治教育',
  hotline: '12348热线',
} as const;

/** Tags of duty templates and the day tags expansion adds (weekend, holiday, makeup). */
export const TAG_NAMES_ZH = {
  centre: '中心值班',
  station: '工作站值班',
  visit: '驻村服务',
  resettlement: '安置点驻点',
  hotline: '热线',
  online: '在线值班',
  remote: '偏远站点',
  day: '日班',
  evening: '晚班',
  night: '夜班',
  weekend: '周末',
  holiday: '节假日',
  makeup: '调休工作日',
  school: '学校',
} as const;

/** The labels a roster problem carries for its sentences (shared, not copied: the solver never
 * mutates its input). */
export function termLabelsZh(): TermLabels {
  return { roles: ROLE_NAMES_ZH, skills: SKILL_NAMES_ZH, languages: LANGUAGE_NAMES_ZH, tags: TAG_NAMES_ZH };
}
