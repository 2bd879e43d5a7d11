// One roster: heading with status and versions, facts, live progress while solving, actions
// (publish, re-solve) and review links, then the week's grid by sites or by people.
import { Layout } from '../components/layout.js';
import { RosterCrumbs, rosterTitle, scoreText, StatusBadge } from '../components/roster-bits.js';
import { GridHelp, PeopleGridTable, SiteGridTable } from '../components/roster-grid.js';
import { GridFilters, GridPager } from '../components/roster-filters.js';
import { ProgressPanel } from '../components/roster-progress.js';
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import { gridTotals, type PersonGridRow, type SiteGridRow } from '../roster/grid-model.js';
import type { RosterOut } from '../roster/types.js';
import { ROWS_PER_PAGE, type ViewQuery } from '../roster/view-query.js';
import type { DistrictOut } from '../types.js';

export type GridData = { view: 'sites'; rows: SiteGridRow[]; total: number } | { view: 'people'; rows: PersonGridRow[]; total: number };

/** A refused action, in words: a heading and the sentences that explain it. */
export interface RosterNotice {
  title: string;
  sentences: string[];
}

export interface RosterPageProps {
  web: WebCtx;
  roster: RosterOut;
  districts: DistrictOut[];
  view: ViewQuery;
  grid?: GridData;
  canPlan: boolean;
  flash?: string;
  notice?: RosterNotice;
}

export function NoticeBox({ notice }: { notice: RosterNotice }) {
  return (
    <div class="problem" role="alert" tabindex={-1} id="form-problem">
      <p>{notice.title}</p>
      {notice.sentences.length > 0 && (
        <ul>
          {notice.sentences.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Facts({ web, roster: r }: { web: WebCtx; roster: RosterOut }) {
  const { t } = web;
  const c = r.counts;
  return (
    <section class="card" aria-labelledby="facts-h">
      <h2 id="facts-h" class="sr-only">{t('roster.facts')}</h2>
      <dl class="facts">
        <dt>{t('roster.status')}</dt>
        <dd>
          <StatusBadge t={t} status={r.status} />
          {r.error && <span class="field-error">{` ${r.error}`}</span>}
        </dd>
        <dt>{t('roster.score')}</dt>
        <dd>{scoreText(t, r.score)}</dd>
        {c && (
          <>
            <dt>{t('roster.seats')}</dt>
            <dd id="seat-counts">{t('roster.seatCounts', { seats: c.seats, filled: c.filled, unfilled: c.unfilled, shifts: c.shifts })}</dd>
          </>
        )}
        <dt>{t('roster.versions')}</dt>
        <dd>
          {t('roster.draftN', { n: r.draftVersion })}
          {' · '}
          {r.publishedVersion ? t('roster.publishedN', { n: r.publishedVersion }) : t('roster.notPublished')}
        </dd>
        <dt>{t('roster.solver')}</dt>
        <dd>{t('roster.solverFacts', { s: r.seconds, seed: r.seed })}</dd>
        <dt>{t('roster.createdAt')}</dt>
        <dd>{`${localDateTime(r.createdAt)} · ${r.createdBy.split(':').slice(3).join(':') || r.createdBy}`}</dd>
      </dl>
    </section>
  );
}

function Actions({ web, roster: r, canPlan }: { web: WebCtx; roster: RosterOut; canPlan: boolean }) {
  const { t } = web;
  const version = String(r.draftVersion);
  return (
    <section class="card" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('roster.review')}</h2>
      <ul class="links">
        <li>
          <a href={`/roster/${r.id}/unfilled`}>{t('roster.unfilledLink', { n: r.counts?.unfilled ?? 0 })}</a>
        </li>
        <li>
          <a href={`/roster/${r.id}/explain`}>{t('roster.explainLink')}</a>
        </li>
        <li>
          <a href={`/roster/${r.id}/versions`}>{t('roster.versionsLink')}</a>
        </li>
      </ul>
      {canPlan && (
        <div class="grid-2">
          <form method="post" action={`/roster/${r.id}/publish`} id="publish-form">
            <input type="hidden" name="version" value={version} />
            <div class="field">
              <label for="f-note">{t('roster.publishNote')}</label>
              <input id="f-note" name="note" maxlength={500} autocomplete="off" />
            </div>
            <button type="submit" class="primary">{t('roster.publish')}</button>
            <p class="help">{t('roster.publishHelp')}</p>
          </form>
          <form method="post" action={`/roster/${r.id}/resolve`} id="resolve-form">
            <input type="hidden" name="version" value={version} />
            <div class="field">
              <label for="f-resolve-seconds">{t('roster.seconds')}</label>
              <input id="f-resolve-seconds" name="seconds" type="number" min="1" max="600" value={String(r.seconds)} inputmode="numeric" />
            </div>
            <button type="submit">{t('roster.resolve')}</button>
            <p class="help">{t('roster.resolveHelp')}</p>
          </form>
        </div>
      )}
    </section>
  );
}

function GridSection({ web, roster, districts, view: v, grid }: { web: WebCtx; roster: RosterOut; districts: DistrictOut[]; view: ViewQuery; grid: GridData }) {
  const { t } = web;
  const week = v.week;
  const range = `${week.days[0]!.slice(5)} – ${week.days.at(-1)!.slice(5)}`;
  const pages = Math.max(1, Math.ceil(grid.total / ROWS_PER_PAGE));
  const head = t(grid.view === 'sites' ? 'grid.captionSites' : 'grid.captionPeople', { week: week.n, range, n: grid.total, page: v.page, pages });
  const totals = grid.view === 'sites' ? gridTotals(grid.rows) : undefined;
  const caption = totals ? `${head} · ${t('grid.totals', totals)}` : head;
  return (
    <section id="grid" aria-labelledby="grid-h">
      <h2 id="grid-h">{t('grid.title')}</h2>
      <GridFilters web={web} roster={roster} districts={districts} view={v} />
      <GridHelp web={web} />
      {grid.rows.length === 0 ? (
        <p class="empty">{t('grid.empty')}</p>
      ) : grid.view === 'sites' ? (
        <SiteGridTable web={web} rosterId={roster.id} days={week.days} rows={grid.rows} caption={caption} />
      ) : (
        <PeopleGridTable web={web} rosterId={roster.id} days={week.days} rows={grid.rows} caption={caption} />
      )}
      <GridPager web={web} roster={roster} view={v} pages={pages} />
    </section>
  );
}

export function RosterPage(props: RosterPageProps) {
  const { web, roster: r, districts, canPlan } = props;
  const title = rosterTitle(r, districts, web);
  const running = r.status === 'queued' || r.status === 'solving';
  return (
    <Layout web={web} title={title} active="roster" flash={props.flash}>
      <RosterCrumbs web={web} roster={r} districts={districts} />
      <h1>
        {title} <StatusBadge t={web.t} status={r.status} />
      </h1>
      {props.notice && <NoticeBox notice={props.notice} />}
      {running && <ProgressPanel web={web} roster={r} canPlan={canPlan} />}
      <Facts web={web} roster={r} />
      {!running && <Actions web={web} roster={r} canPlan={canPlan} />}
      {props.grid && <GridSection web={web} roster={r} districts={districts} view={props.view} grid={props.grid} />}
    </Layout>
  );
}
