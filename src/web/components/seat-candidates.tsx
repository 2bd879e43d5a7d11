// The ranked candidates for a seat group: score change by level, whether they are allowed, the
// reasons in words, and the button that assigns them (or swaps them in for the holder chosen).
import type { WebCtx } from '../context.js';
import type { SeatGroupState } from '../roster/seat-model.js';
import type { CandidateRow } from '../roster/types.js';
import { signed } from './roster-bits.js';
import { constraintName, EditForm, type EditTarget } from './seat-parts.js';

function reasons(web: WebCtx, c: CandidateRow): string {
  if (c.hardReasons.length) return c.hardReasons.map((r) => r.reason).join('；');
  const notable = c.penalties.filter((p) => Math.abs(p.amount) >= 0.05).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return notable.map((p) => `${constraintName(web, p.constraint)} ${signed(p.amount)}`).join('，') || web.t('seat.noPenalty');
}

export function CandidateTable({ web, candidates, group, replace, target, isAdmin }: { web: WebCtx; candidates: CandidateRow[]; group: SeatGroupState; replace?: { personId: number; name: string }; target: EditTarget; isAdmin: boolean }) {
  const { t } = web;
  const title = replace ? t('seat.candidatesReplace', { name: replace.name, n: group.index + 1 }) : t('seat.candidatesFor', { n: group.index + 1 });
  return (
    <section class="card" id="candidates" aria-labelledby="cand-h">
      <h2 id="cand-h">{title}</h2>
      <p class="help">{t('seat.candidatesHelp')}</p>
      {candidates.length === 0 ? (
        <p class="empty">{t('seat.noCandidates')}</p>
      ) : (
        <div class="table-wrap">
          <table class="list" id="candidate-list">
            <thead>
              <tr>
                <th scope="col">{t('seat.rank')}</th>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('seat.delta')}</th>
                <th scope="col">{t('seat.allowed')}</th>
                <th scope="col">{t('seat.reasons')}</th>
                <th scope="col">{t('seat.action')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c, i) => {
                const allowed = c.feasible;
                const fields = replace
                  ? { op: 'swap', seatGroup: group.index, personId: replace.personId, withPersonId: c.personId, ...(allowed ? {} : { force: '1' }) }
                  : { op: 'assign', seatGroup: group.index, personId: c.personId, ...(allowed ? {} : { force: '1' }) };
                const verb = replace ? t('seat.swapIn') : t('seat.assign');
                return (
                  <tr class={allowed ? undefined : 'infeasible'}>
                    <td data-label={t('seat.rank')}>{i + 1}</td>
                    <th scope="row">
                      <a href={`/people/${c.personId}`}>{c.name}</a>
                    </th>
                    <td data-label={t('seat.delta')} class="num">
                      {[t('score.hard', { n: signed(c.delta.hard) }), t('score.medium', { n: signed(c.delta.medium) }), t('score.soft', { n: signed(c.delta.soft) })].join(' · ')}
                    </td>
                    <td data-label={t('seat.allowed')}>{allowed ? t('seat.yesAllowed') : t('seat.notAllowed')}</td>
                    <td data-label={t('seat.reasons')}>{reasons(web, c)}</td>
                    <td>
                      {allowed || isAdmin ? (
                        <EditForm
                          target={target}
                          fields={fields}
                          label={allowed ? verb : t('seat.force')}
                          ariaLabel={`${allowed ? verb : t('seat.force')} ${c.name}`}
                          kind={allowed ? 'primary' : 'danger'}
                        />
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
