// Published versions of a roster and the comparison of two of them (or one and the draft):
// per person, the duties gained, lost and moved.
import { Layout } from '../components/layout.js';
import { RosterCrumbs, scoreText } from '../components/roster-bits.js';
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import type { DiffOut, DutyRef, RosterOut, VersionRow } from '../roster/types.js';
import type { DistrictOut } from '../types.js';

export interface VersionsProps {
  web: WebCtx;
  roster: RosterOut;
  districts: DistrictOut[];
  versions: VersionRow[];
  diff?: DiffOut;
  siteNames: Map<number, string>;
  from: string;
  to: string;
}

function Duties({ refs, names }: { refs: DutyRef[]; names: Map<number, string> }) {
  return <>{refs.map((d) => `${d.localDate.slice(5)} ${names.get(d.siteId) ?? `#${d.siteId}`}`).join('；')}</>;
}

function DiffTable({ web, diff, names }: { web: WebCtx; diff: DiffOut; names: Map<number, string> }) {
  const { t } = web;
  const label = (v: number | 'draft') => (v === 'draft' ? t('versions.draft') : v === 0 ? t('versions.empty') : t('roster.versionN', { n: v }));
  return (
    <section aria-labelledby="diff-h">
      <h2 id="diff-h">{t('versions.diffTitle', { from: label(diff.from), to: label(diff.to) })}</h2>
      <p>{t('versions.diffTotals', { gained: diff.gained, lost: diff.lost, moved: diff.moved, people: diff.people.length })}</p>
      {diff.people.length === 0 ? (
        <p class="empty">{t('versions.same')}</p>
      ) : (
        <div class="table-wrap">
          <table class="list" id="diff-list">
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('versions.gained')}</th>
                <th scope="col">{t('versions.lost')}</th>
                <th scope="col">{t('versions.moved')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.people.map((p) => (
                <tr>
                  <th scope="row">
                    <a href={`/people/${p.personId}`}>{p.name || `#${p.personId}`}</a>
                  </th>
                  <td data-label={t('versions.gained')}>
                    <Duties refs={p.gained} names={names} />
                  </td>
                  <td data-label={t('versions.lost')}>
                    <Duties refs={p.lost} names={names} />
                  </td>
                  <td data-label={t('versions.moved')}>
                    {p.moved.map((m) => `${m.from.localDate.slice(5)} → ${m.to.localDate.slice(5)} ${names.get(m.to.siteId) ?? `#${m.to.siteId}`}`).join('；')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function VersionsPage({ web, roster, districts, versions, diff, siteNames, from, to }: VersionsProps) {
  const { t } = web;
  const latest = versions.at(-1)?.version;
  const fromValue = from || (latest !== undefined ? String(latest) : '0');
  return (
    <Layout web={web} title={t('versions.title')} active="roster">
      <RosterCrumbs web={web} roster={roster} districts={districts} here={t('versions.title')} />
      <h1>{t('versions.title')}</h1>
      {versions.length === 0 ? (
        <p class="empty">{t('versions.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="list" id="version-list">
            <thead>
              <tr>
                <th scope="col">{t('versions.version')}</th>
                <th scope="col">{t('versions.publishedAt')}</th>
                <th scope="col">{t('versions.by')}</th>
                <th scope="col">{t('roster.score')}</th>
                <th scope="col">{t('roster.publishNote')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr>
                  <th scope="row">{t('roster.versionN', { n: v.version })}</th>
                  <td data-label={t('versions.publishedAt')}>{localDateTime(v.publishedAt)}</td>
                  <td data-label={t('versions.by')}>{v.publishedBy.split(':').slice(3).join(':') || v.publishedBy}</td>
                  <td data-label={t('roster.score')}>{scoreText(t, v.score)}</td>
                  <td data-label={t('roster.publishNote')}>{v.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="get" action={`/roster/${roster.id}/versions#diff-h`} class="filters" id="compare-form">
        <div class="field">
          <label for="c-from">{t('versions.from')}</label>
          <select id="c-from" name="from">
            <option value="0" selected={fromValue === '0'}>{t('versions.empty')}</option>
            {versions.map((v) => (
              <option value={String(v.version)} selected={fromValue === String(v.version)}>
                {t('roster.versionN', { n: v.version })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="c-to">{t('versions.to')}</label>
          <select id="c-to" name="to">
            <option value="draft" selected={to === 'draft'}>{t('versions.draft')}</option>
            {versions.map((v) => (
              <option value={String(v.version)} selected={to === String(v.version)}>
                {t('roster.versionN', { n: v.version })}
              </option>
            ))}
          </select>
        </div>
        <div class="filter-actions">
          <button type="submit" class="primary">{t('versions.compare')}</button>
        </div>
      </form>
      {diff && <DiffTable web={web} diff={diff} names={siteNames} />}
    </Layout>
  );
}
