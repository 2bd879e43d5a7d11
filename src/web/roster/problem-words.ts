// Turns the API's refusal of a roster action into words for the page: the catalogue's sentence
// for the status and the solver's own sentences for each broken rule (Chinese, as the solver
// writes them); the API's English detail only when there is nothing better.
import type { Problem } from '../../errors.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import type { ViolationRow } from './types.js';

export function violationsOf(problem: Problem | undefined): ViolationRow[] {
  const v = problem?.violations;
  return Array.isArray(v) ? (v as ViolationRow[]) : [];
}

export function currentVersionOf(problem: Problem | undefined): number | undefined {
  const v = problem?.currentVersion;
  return typeof v === 'number' ? v : undefined;
}

export function refusalWords(t: Translate, problem: Problem | undefined, status: number, hardKey: MessageKey): { title: string; sentences: string[] } {
  const violations = violationsOf(problem);
  if (violations.length) return { title: t(hardKey), sentences: violations.map((v) => v.message) };
  const key: MessageKey = status === 409 ? 'roster.refused409' : status === 403 ? 'error.403' : status === 422 ? 'error.422' : 'error.400';
  return { title: t(key), sentences: problem?.detail ? [t('common.apiSays', { detail: problem.detail })] : [] };
}
