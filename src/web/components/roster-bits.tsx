// Small pieces of every roster page: the scope's name, the status badge, a score by level, and
// the roster's heading with its versions.
import type { WebCtx } from '../context.js';
import { districtName } from '../format.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import type { RosterOut, Score } from '../roster/types.js';
import type { DistrictOut } from '../types.js';

export function scopeName(scope: string, districts: readonly DistrictOut[], web: WebCtx): string {
  if (scope === 'city') return web.t('scope.city');
  return districtName(districts.find((d) => d.code === scope), web.lang, scope);
}

export function StatusBadge({ t, status }: { t: Translate; status: string }) {
  const key = `rosterStatus.${status}` as MessageKey;
  return <span class={`status-badge s-${status}`}>{t(key)}</span>;
}

/** A score amount as shown: whole above 100, else to one decimal ('209', '14.1'). */
export const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toString() : (Math.round(n * 10) / 10).toString());

/** '硬 0 · 中 2 · 软 1699' — lower is better at each level, hard first. */
export function scoreText(t: Translate, s: Score | null | undefined): string {
  if (!s) return '—';
  return [t('score.hard', { n: round(s.hard) }), t('score.medium', { n: round(s.medium) }), t('score.soft', { n: round(s.soft) })].join(' · ');
}

/** A signed change of score ('+0.6', '−2'). */
export function signed(n: number): string {
  const r = round(n);
  return n > 0 ? `+${r}` : n < 0 ? `−${r.replace('-', '')}` : '0';
}

export function rosterTitle(r: RosterOut, districts: readonly DistrictOut[], web: WebCtx): string {
  return web.t('roster.title', { period: r.period, scope: scopeName(r.scope, districts, web), id: r.id });
}

/** Breadcrumb back to the roster list and the roster. */
export function RosterCrumbs({ web, roster, districts, here }: { web: WebCtx; roster: RosterOut; districts: readonly DistrictOut[]; here?: string }) {
  return (
    <nav class="crumbs" aria-label={web.t('common.breadcrumb')}>
      <a href={`/roster?period=${roster.period}`}>{web.t('nav.roster')}</a>
      {' › '}
      {here ? <a href={`/roster/${roster.id}`}>{rosterTitle(roster, districts, web)}</a> : <span aria-current="page">{rosterTitle(roster, districts, web)}</span>}
      {here && (
        <>
          {' › '}
          <span aria-current="page">{here}</span>
        </>
      )}
    </nav>
  );
}
