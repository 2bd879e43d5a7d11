// Why the roster scores what it does: the score by level, each constraint's count and amount,
// and every violation as the solver's sentence, filtered by level and paged.
import { Layout } from '../components/layout.js';
import { RosterCrumbs, round, scoreText } from '../components/roster-bits.js';
import { constraintName, LevelBadge, ViolationList } from '../components/seat-parts.js';
import { pagesOf, SimplePager } from '../components/simple-pager.js';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { ExplainOut, RosterOut } from '../roster/types.js';
import type { DistrictOut } from '../types.js';

export interface ExplainProps {
  web: WebCtx;
  roster: RosterOut;
  districts: DistrictOut[];
  explain: ExplainOut;
  /** '' = every level. */
  level: string;
  page: number;
  perPage: number;
}

export function ExplainPage({ web, roster, districts, explain, level, page, perPage }: ExplainProps) {
  const { t } = web;
  const all = level ? explain.violations.filter((v) => v.level === level) : explain.violations;
  const shown = all.slice((page - 1) * perPage, page * perPage);
  const stale = explain.reportVersion !== null && explain.reportVersion !== explain.draftVersion;
  return (
    <Layout web={web} title={t('explain.title')} active="roster">
      <RosterCrumbs web={web} roster={roster} districts={districts} here={t('explain.title')} />
      <h1>{t('explain.title')}</h1>
      <p class="lead">{t('explain.score', { score: scoreText(t, explain.score) })}</p>
      <p class="help">{t('explain.help')}</p>
      {stale && <p class="problem">{t('explain.stale')}</p>}
      <div class="table-wrap">
        <table id="by-constraint">
          <caption>{t('explain.byConstraint')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.constraint')}</th>
              <th scope="col">{t('explain.level')}</th>
              <th scope="col" class="num">{t('explain.count')}</th>
              <th scope="col" class="num">{t('explain.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {explain.byConstraint.map((b) => (
              <tr>
                <th scope="row">{constraintName(web, b.constraint, b.name)}</th>
                <td>
                  <LevelBadge web={web} level={b.level} />
                </td>
                <td class="num">{b.count}</td>
                <td class="num">{round(b.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="violations-h">{t('explain.violations')}</h2>
      <form method="get" action={`/roster/${roster.id}/explain`} class="filters">
        <div class="field">
          <label for="x-level">{t('explain.level')}</label>
          <select id="x-level" name="level">
            <option value="">{t('common.all')}</option>
            {['hard', 'medium', 'soft'].map((l) => (
              <option value={l} selected={l === level}>
                {t(`level.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div class="filter-actions">
          <button type="submit" class="primary">{t('common.show')}</button>
        </div>
      </form>
      <p>{t('common.total', { n: all.length })}</p>
      <ViolationList web={web} items={shown} empty={t('explain.none')} id="violation-list" />
      <SimplePager t={t} href={(p) => `/roster/${roster.id}/explain?${level ? `level=${level}&` : ''}page=${p}`} page={page} pages={pagesOf(all.length, perPage)} />
    </Layout>
  );
}
