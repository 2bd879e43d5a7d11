// What a proposal run found (dry run): how many schools are behind, how many the proposed sessions
// cover fully or in part, the first sessions proposed, and the form that creates them as pending
// bookings for a coordinator to confirm.
import type { WebCtx } from '../context.js';
import { localTimeRange } from '../format.js';
import type { ProposalOut } from '../school/types.js';
import { classHours } from './class-hours.js';
import { ListTable } from './page-head.js';

/** Proposed sessions listed on the page; the rest are counted. */
const SHOWN = 100;

export interface ProposalResultProps {
  web: WebCtx;
  report: ProposalOut;
  district: string;
  schoolName: (id: number) => string;
  personName: (id: number) => string;
}

export function ProposalResult({ web, report: r, district, schoolName, personName }: ProposalResultProps) {
  const { t } = web;
  const headers = [t('minimum.school'), t('school.vp'), t('school.when')];
  const uncovered = r.outcomes.filter((o) => o.proposedMinutes < o.shortMinutes);
  return (
    <section class="card" aria-labelledby="proposal-h" id="proposal">
      <h2 id="proposal-h">{t('minimum.result', { engine: t(r.engine === 'greedy' ? 'minimum.engineGreedy' : 'minimum.engineSolver') })}</h2>
      <p class="lead" id="proposal-lead">
        {t('minimum.resultLead', { behind: r.behind, alreadyPending: r.alreadyPending, proposedFor: r.proposedFor, covered: r.covered, partly: r.partlyCovered, uncovered: r.uncovered, sessions: r.proposals.length })}
      </p>
      {r.proposals.length > 0 ? (
        <form method="post" action="/school/propose" class="actions">
          <input type="hidden" name="district" value={district} />
          <input type="hidden" name="engine" value={r.engine} />
          <input type="hidden" name="dryRun" value="0" />
          <button type="submit" class="primary">
            {t('minimum.create', { n: r.proposals.length })}
          </button>
          <span class="help">{t('minimum.createHelp')}</span>
        </form>
      ) : (
        <p class="empty">{t('minimum.nothing')}</p>
      )}
      {uncovered.length > 0 && (
        <>
          <h3>{t('minimum.uncoveredList')}</h3>
          <ul class="plain" id="uncovered-list">
            {uncovered.map((o) => (
              <li>
                <a href={`/school/${o.siteId}`}>{schoolName(o.siteId)}</a>
                {` — ${t('minimum.shortBy', { short: classHours(o.shortMinutes), proposed: classHours(o.proposedMinutes) })}`}
                {o.reason && <span class="muted">{` (${o.reason})`}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.proposals.length > 0 && (
        <details>
          <summary>{t('minimum.proposals', { n: Math.min(SHOWN, r.proposals.length), total: r.proposals.length })}</summary>
          <ListTable id="proposal-list" label={t('minimum.proposals', { n: Math.min(SHOWN, r.proposals.length), total: r.proposals.length })} headers={headers}>
            {r.proposals.slice(0, SHOWN).map((p) => (
              <tr>
                <td data-label={headers[0]}>
                  <a href={`/school/${p.schoolId}`}>{schoolName(p.schoolId)}</a>
                </td>
                <td data-label={headers[1]}>{personName(p.personId)}</td>
                <td data-label={headers[2]}>{localTimeRange(p.startsAt, p.endsAt)}</td>
              </tr>
            ))}
          </ListTable>
        </details>
      )}
    </section>
  );
}
