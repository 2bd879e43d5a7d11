// Sentences name codes by the problem's labels (roles, skills, languages, tags) and show a code
// without one as it is; a shift's name is left out when it only repeats its place.
import { describe, expect, it } from 'vitest';
import { explain, evaluate, rankCandidates } from '../../src/solver/index.js';
import type { Problem } from '../../src/solver/problem.js';
import { parseProblem } from '../../schemas/problem.js';
import { person, shift, week } from './helpers.js';

const labels = {
  roles: { lawyer: '律师', notary: '公证员' },
  skills: { labour: '劳动争议' },
  languages: { yi: '彝语' },
  tags: { night: '夜班' },
};

function problem(withLabels: boolean): Problem {
  return week({
    shifts: [
      shift('desk', 0, '09:00', '12:00', { name: '公证窗口', seat: { roles: ['notary'], count: 1 } }),
      shift('mediation', 1, '09:00', '12:00', { name: '甲站', seat: { count: 1, skills: ['labour'], preferredLanguages: ['yi'] } }),
      shift('n1', 2, '22:00', '06:00', { tags: ['night'] }),
    ],
    people: [
      person('p1', { limits: [{ kind: 'shifts', tag: 'night', window: 'period', hardMax: 0 }] }),
      person('p2', { skills: ['labour'] }),
    ],
    ...(withLabels ? { labels } : {}),
  });
}

const roster = [{ person: 'p1', shift: 'desk' }, { person: 'p2', shift: 'mediation' }, { person: 'p1', shift: 'n1' }];
const message = (p: Problem, id: string) => evaluate(p, roster).violations.find((v) => v.constraint === id)?.message;

describe('labels in sentences', () => {
  it('names roles, languages and tags in Chinese when the problem labels them', () => {
    const p = problem(true);
    expect(message(p, 'qualification')).toContain('所需的角色（需公证员）');
    expect(message(p, 'preferred-language')).toContain('宜安排会彝语的人员');
    expect(message(p, 'shift-limits')).toContain('「夜班」班次 1 次');
  });

  it('names a fairness group that is a role by its Chinese name', () => {
    const p = { ...problem(true), weights: { 'fair-duties': 1 } };
    const unfair = [{ person: 'p2', shift: 'mediation' }, { person: 'p2', shift: 'n1' }];
    expect(evaluate(p, unfair).violations.find((v) => v.constraint === 'fair-duties')?.message).toMatch(/^「律师」组 2 人的/);
  });

  it('shows the code itself where no label is given', () => {
    const p = problem(false);
    expect(message(p, 'qualification')).toContain('所需的角色（需notary）');
    expect(message(p, 'preferred-language')).toContain('宜安排会yi的人员');
    expect(message(p, 'shift-limits')).toContain('「night」班次');
  });

  it('leaves a shift name out of the sentence when it repeats the place, and keeps a duty name', () => {
    const p = problem(true);
    expect(message(p, 'preferred-language')).toBe('甲站 03-03 09:00–12:00 宜安排会彝语的人员，律师p2 不会');
    expect(message(p, 'qualification')).toContain('甲站 03-02 09:00–12:00 公证窗口');
  });

  it('names the missing skill and role in unfilled-seat reasons and candidate reasons', () => {
    const p = problem(true);
    const seat = explain(p, { assignments: [] }).unfilled.find((u) => u.shifts.includes('mediation'))!;
    expect(seat.summary).toContain('1 人缺技能 劳动争议');
    const ranked = rankCandidates(p, [], 'desk', 0);
    expect(ranked.find((r) => r.person === 'p2')!.hardReasons[0]!.reason).toBe('角色不符（需公证员）');
  });

  it('refuses an empty display name with the path at fault', () => {
    const bad = { ...problem(true), labels: { roles: { notary: '' } } };
    const r = parseProblem(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((e) => e.path)).toContainEqual(['labels', 'roles', 'notary']);
  });
});
