// A seat: the shift's facts, each seat group with its holders (unassign, pin, replace), why an
// open seat is unfilled, the ranked candidates with reasons (assign or swap in), the warnings
// that concern it, and for a flexible duty the other days it could take.
import { Layout } from '../components/layout.js';
import { RosterCrumbs } from '../components/roster-bits.js';
import { seatHref } from '../components/roster-grid.js';
import { CandidateTable } from '../components/seat-candidates.js';
import { EditForm, needText, ViolationList, type EditTarget } from '../components/seat-parts.js';
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { SeatState } from '../roster/seat-model.js';
import type { CandidateRow, RosterOut, ShiftRow } from '../roster/types.js';
import { dayLabel, localTime } from '../roster/weeks.js';
import type { DistrictOut } from '../types.js';
import { NoticeBox, type RosterNotice } from './roster-page.js';

export interface SeatPageProps {
  web: WebCtx;
  roster: RosterOut;
  districts: DistrictOut[];
  shift: ShiftRow;
  state: SeatState;
  /** Absent when the user may not edit (or the solve is running). */
  candidates?: CandidateRow[];
  alternatives: ShiftRow[];
  canPlan: boolean;
  isAdmin: boolean;
  flash?: string;
  notice?: RosterNotice;
}

function Groups({ web, shift, state, target, canPlan, rosterId }: { web: WebCtx; shift: ShiftRow; state: SeatState; target: EditTarget; canPlan: boolean; rosterId: number }) {
  const { t } = web;
  const here = { shiftId: shift.id, siteId: shift.siteId, day: shift.localDate };
  return (
    <section class="card" id="seat" aria-labelledby="groups-h">
      <h2 id="groups-h">{t('seat.groups')}</h2>
      <ol class="seat-groups">
        {state.groups.map((g) => (
          <li class={g.index === state.group ? 'current' : undefined} aria-current={g.index === state.group ? 'true' : undefined}>
            <p class="need">
              <strong>{t('seat.groupN', { n: g.index + 1 })}</strong> {needText(web, g.need)}{' '}
              {g.index !== state.group && <a href={`${seatHref(rosterId, { ...here, seatGroup: g.index })}#candidates`}>{t('seat.showCandidates')}</a>}
            </p>
            <ul class="plain holders">
              {g.holders.map((h) => (
                <li>
                  <a href={`/people/${h.personId}`}>{h.name}</a>
                  {h.pinned && <span class="pin">{` ${t('seat.pinned')}`}</span>}
                  {canPlan && (
                    <span class="row-actions">
                      <EditForm target={target} fields={{ op: 'unassign', seatGroup: g.index, personId: h.personId }} label={t('seat.unassign')} ariaLabel={t('seat.unassignWho', { name: h.name })} kind="danger" />
                      <EditForm
                        target={target}
                        fields={{ op: 'pin', seatGroup: g.index, personId: h.personId, pinned: h.pinned ? '0' : '1' }}
                        label={t(h.pinned ? 'seat.unpin' : 'seat.pin')}
                        ariaLabel={t(h.pinned ? 'seat.unpinWho' : 'seat.pinWho', { name: h.name })}
                      />
                      <a class="button small" href={`${seatHref(rosterId, { ...here, seatGroup: g.index })}&replace=${h.personId}#candidates`} aria-label={t('seat.replaceWho', { name: h.name })}>
                        {t('seat.replace')}
                      </a>
                    </span>
                  )}
                </li>
              ))}
              {g.missing > 0 && <li class="unfilled-line">{t('grid.missing', { n: g.missing })}</li>}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SeatPage(props: SeatPageProps) {
  const { web, roster, shift, state } = props;
  const { t } = web;
  const { md, weekday } = dayLabel(shift.localDate);
  const when = `${md} ${t(`weekday.${weekday}` as MessageKey)} ${localTime(shift.startsAt)}–${localTime(shift.endsAt)}`;
  const title = [shift.siteName, shift.dutyName, when].filter(Boolean).join(' · ');
  const target: EditTarget = { rosterId: roster.id, shiftId: shift.id, siteId: shift.siteId, day: shift.localDate, version: roster.draftVersion };
  const chosen = state.groups[state.group];
  return (
    <Layout web={web} title={title} active="roster" flash={props.flash}>
      <RosterCrumbs web={web} roster={roster} districts={props.districts} here={t('seat.crumb')} />
      <h1>{title}</h1>
      {props.notice && <NoticeBox notice={props.notice} />}
      <section class="card">
        <dl class="facts">
          <dt>{t('seat.site')}</dt>
          <dd>
            <a href={`/sites/${shift.siteId}`}>{shift.siteName}</a>
          </dd>
          {shift.dutyName && <dt>{t('seat.duty')}</dt>}
          {shift.dutyName && <dd>{shift.dutyName}</dd>}
          <dt>{t('seat.when')}</dt>
          <dd>{`${shift.localDate} ${localTime(shift.startsAt)}–${localTime(shift.endsAt)}`}</dd>
          <dt>{t('seat.kind')}</dt>
          <dd>{shift.groupKey ? t('seat.flexible') : t('seat.fixed')}</dd>
          <dt>{t('seat.version')}</dt>
          <dd>{t('roster.draftN', { n: roster.draftVersion })}</dd>
        </dl>
      </section>
      <Groups web={web} shift={shift} state={state} target={target} canPlan={props.canPlan} rosterId={roster.id} />
      {state.unfilled && (
        <section class="card unfilled-why" aria-labelledby="why-h">
          <h2 id="why-h">{t('seat.why')}</h2>
          <p>{state.unfilled.summary || t('seat.noSummary')}</p>
          <ul>
            {state.unfilled.reasons.map((r) => (
              <li>{t('seat.reasonLine', { n: r.count, reason: r.reason, examples: r.examples.join('、') })}</li>
            ))}
          </ul>
        </section>
      )}
      {props.candidates && chosen && (
        <CandidateTable web={web} candidates={props.candidates} group={chosen} replace={state.replace} target={target} isAdmin={props.isAdmin} />
      )}
      <section class="card" aria-labelledby="warn-h">
        <h2 id="warn-h">{t('seat.warnings')}</h2>
        <ViolationList web={web} items={state.warnings} empty={t('seat.noWarnings')} id="seat-warnings" />
      </section>
      {props.alternatives.length > 1 && (
        <section class="card" aria-labelledby="alt-h">
          <h2 id="alt-h">{t('seat.alternatives')}</h2>
          <ul class="inline-list">
            {props.alternatives.map((a) => (
              <li>
                {a.id === shift.id ? (
                  <strong aria-current="true">{a.localDate.slice(5)}</strong>
                ) : (
                  <a href={seatHref(roster.id, { shiftId: a.id, siteId: a.siteId, day: a.localDate })}>{a.localDate.slice(5)}</a>
                )}
                {a.assignments.length > 0 && ` ${t('seat.heldHere')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
