// toProblem names things the way coordinators do: each shift by its duty template (falling back to
// the site), and roles, skills and languages by their Chinese names, so the solver's sentences
// about a roster read "角色不符（需公证员）", not a code.
import { describe, expect, it } from 'vitest';
import { loadCalendarOrThrow } from '../../../src/calendar.js';
import { toProblem, type ProblemInput, type ShiftInput } from '../../../src/domain/to-problem.js';
import { explain, evaluate } from '../../../src/solver/index.js';

const site = { id: 7, name: '大湾镇惠民易地扶贫搬迁安置点', type: 'resettlement', districtCode: '520201', lat: 26.6, lon: 104.8, remote: false };
const at = (h: number) => new Date(Date.UTC(2026, 11, 3, h - 8));
function duty(id: number, extra: Partial<ShiftInput> = {}): ShiftInput {
  return {
    id, siteId: 7, startsAt: at(14), endsAt: at(17), localDate: '2026-12-03', tags: [], groupKey: null, groupCount: null,
    seats: [{ roles: ['notary'], skills: ['labour'], languages: [], preferredLanguages: ['yi'], count: 1 }], ...extra,
  };
}
const lawyer = {
  id: 4, name: '赵海俊', roles: ['lawyer'], skills: [], languages: ['zh'], homeDistrictCode: '520201', homeLat: 26.6, homeLon: 104.8,
  publicOfficial: false, hotlinePool: false, central: true, maxDutiesPerWeek: 5, maxDutiesPerMonth: 20, maxHoursPerMonth: 160,
  contractStart: '2020-01-01', contractEnd: null, busy: [],
};

function input(shifts: ShiftInput[]): ProblemInput {
  return { month: '2026-12', calendar: loadCalendarOrThrow(), sites: [site], shifts, people: [lawyer], appointees: [], pins: [], previous: [], budgets: [] };
}

describe('toProblem names', () => {
  it("names each shift by its duty template, or by its site when it has none", () => {
    const p = toProblem(input([duty(1, { name: '安置点律师驻点调解' }), duty(2)]));
    expect(p.shifts.map((s) => s.name)).toEqual(['安置点律师驻点调解', '大湾镇惠民易地扶贫搬迁安置点']);
  });

  it('gives the solver the Chinese names of codes, so its sentences read as Chinese', () => {
    const p = toProblem(input([duty(1, { name: '安置点律师驻点调解' })]));
    expect(p.labels?.roles?.notary).toBe('公证员');
    const v = evaluate(p, [{ person: '4', shift: '1' }]).violations;
    expect(v.find((x) => x.constraint === 'qualification')?.message)
      .toBe('赵海俊 不具备 大湾镇惠民易地扶贫搬迁安置点 12-03 14:00–17:00 安置点律师驻点调解 所需的角色（需公证员），技能 劳动争议');
    expect(v.find((x) => x.constraint === 'preferred-language')?.message).toContain('宜安排会彝语的人员，赵海俊 不会');
    expect(explain(p, { assignments: [] }).unfilled[0]!.summary).toContain('1 人角色不符（需公证员）');
  });
});
