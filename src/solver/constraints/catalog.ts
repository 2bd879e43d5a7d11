// The constraint catalogue as data: id, human name, level and default weight of each
// constraint, hard first. Weights in Problem.weights override the defaults (0 switches off).
import type { Level } from '../problem.js';

export interface ConstraintInfo {
  id: string;
  /** Chinese name shown to coordinators. */
  name: string;
  level: Level;
  /** Default weight: hard units are multiplied by it; soft ones by it and by data weights. */
  defaultWeight: number;
  /** What one unit is, for people tuning weights. */
  unit: string;
}

export const CATALOG: readonly ConstraintInfo[] = [
  { id: 'qualification', name: '资格（角色、技能、语言）', level: 'hard', defaultWeight: 1, unit: 'assignment' },
  { id: 'appointee', name: '指定人员（法治副校长、村法律顾问）', level: 'hard', defaultWeight: 1, unit: 'assignment' },
  { id: 'availability', name: '可用时间（请假、开庭、休息日）', level: 'hard', defaultWeight: 1, unit: 'assignment' },
  { id: 'no-overlap', name: '不得同时在两处（含路程）', level: 'hard', defaultWeight: 1, unit: 'pair of shifts' },
  { id: 'rest', name: '班后最短休息', level: 'hard', defaultWeight: 1, unit: 'pair of shifts' },
  { id: 'successions', name: '禁止的次日班次衔接', level: 'hard', defaultWeight: 1, unit: 'pair of shifts' },
  { id: 'shift-limits', name: '班次数与工时上下限', level: 'hard', defaultWeight: 1, unit: 'shift or hour outside the bound' },
  { id: 'consecutive-days', name: '连续工作天数', level: 'hard', defaultWeight: 1, unit: 'day outside the bound' },
  { id: 'consecutive-days-off', name: '连续休息天数', level: 'hard', defaultWeight: 1, unit: 'day outside the bound' },
  { id: 'weekends', name: '工作周末数', level: 'hard', defaultWeight: 1, unit: 'weekend outside the bound' },
  { id: 'pinned', name: '固定安排保留', level: 'hard', defaultWeight: 1, unit: 'pin not kept' },
  { id: 'cover-under', name: '岗位缺人', level: 'medium', defaultWeight: 1, unit: 'missing person × seat weight' },
  { id: 'over-cover', name: '岗位超编', level: 'soft', defaultWeight: 1, unit: 'extra person × seat weight' },
  { id: 'wishes', name: '个人意愿', level: 'soft', defaultWeight: 1, unit: 'wish weight' },
  { id: 'preferred-language', name: '当地语言匹配', level: 'soft', defaultWeight: 5, unit: 'assignment lacking the language' },
  { id: 'travel', name: '离住地路程', level: 'soft', defaultWeight: 0.05, unit: 'minute of travel from home' },
  { id: 'fair-duties', name: '值班次数均衡', level: 'soft', defaultWeight: 1, unit: 'variance of duties in a group' },
  { id: 'fair-weekends', name: '周末节假日值班均衡', level: 'soft', defaultWeight: 2, unit: 'variance of weekend/holiday duties' },
  { id: 'fair-nights', name: '夜班均衡', level: 'soft', defaultWeight: 2, unit: 'variance of night duties' },
  { id: 'fair-travel', name: '路程负担均衡', level: 'soft', defaultWeight: 0.5, unit: 'variance of travel hours' },
  { id: 'continuity', name: '站点人员连续性', level: 'soft', defaultWeight: 2, unit: 'extra distinct person at a site' },
  { id: 'resource-sinking', name: '资源下沉', level: 'soft', defaultWeight: 10, unit: 'missing remote duty of a central person' },
  { id: 'budget', name: '区县补贴预算', level: 'soft', defaultWeight: 1, unit: 'yuan over budget' },
  { id: 'minimal-change', name: '相对上次发布的改动', level: 'soft', defaultWeight: 20, unit: 'changed assignment' },
];

export const CATALOG_BY_ID: ReadonlyMap<string, ConstraintInfo> = new Map(CATALOG.map((c) => [c.id, c]));

export function resolveWeights(overrides: Record<string, number> | undefined): Map<string, number> {
  const w = new Map<string, number>();
  for (const c of CATALOG) w.set(c.id, overrides?.[c.id] ?? c.defaultWeight);
  return w;
}
