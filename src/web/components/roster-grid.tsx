// The roster grids as keyboard-navigable tables (role="grid"; the script moves focus with the
// arrow keys, Enter opens a seat): sites × days with each shift's holders and unfilled seats
// highlighted in words, and people × days with each duty's site and time.
import type { WebCtx } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { PendingNeed, PersonGridRow, ShiftChip, SiteGridRow } from '../roster/grid-model.js';
import { dayLabel } from '../roster/weeks.js';

export const seatHref = (rosterId: number, s: { shiftId: number; siteId: number; day: string; seatGroup?: number }) =>
  `/roster/${rosterId}/seats/${s.shiftId}?site=${s.siteId}&day=${s.day}${s.seatGroup ? `&group=${s.seatGroup}` : ''}`;

function DayHeads({ web, days }: { web: WebCtx; days: readonly string[] }) {
  return (
    <>
      {days.map((d) => {
        const { md, weekday } = dayLabel(d);
        return (
          <th scope="col" class={weekday >= 6 ? 'weekend' : undefined}>
            {md} <span class="wd">{web.t(`weekday.${weekday}` as MessageKey)}</span>
          </th>
        );
      })}
    </>
  );
}

function Chip({ web, rosterId, chip }: { web: WebCtx; rosterId: number; chip: ShiftChip }) {
  const { t } = web;
  const names = chip.holders.map((h) => (h.pinned ? `${h.name}${t('grid.pinnedMark')}` : h.name)).join('、');
  const label = [chip.time, names, chip.missing ? t('grid.missing', { n: chip.missing }) : ''].filter(Boolean).join(' ');
  return (
    <a class={chip.missing ? 'chip unfilled' : 'chip'} href={seatHref(rosterId, chip)} aria-label={label}>
      <span class="time">{chip.time}</span>
      {names && <span class="names">{names}</span>}
      {chip.missing > 0 && <span class="missing">{t('grid.missing', { n: chip.missing })}</span>}
    </a>
  );
}

function Pending({ web, rosterId, needs }: { web: WebCtx; rosterId: number; needs: PendingNeed[] }) {
  return (
    <td class="pending-cell">
      {needs.map((p) => (
        <a class="chip unfilled" href={seatHref(rosterId, p)}>
          <span class="missing">{web.t('grid.pending', { n: p.missing })}</span>
        </a>
      ))}
    </td>
  );
}

const HELP_ID = 'grid-help';

export function GridHelp({ web }: { web: WebCtx }) {
  return (
    <p class="help" id={HELP_ID}>
      {web.t('grid.keys')}
    </p>
  );
}

export function SiteGridTable({ web, rosterId, days, rows, caption }: { web: WebCtx; rosterId: number; days: readonly string[]; rows: SiteGridRow[]; caption: string }) {
  const { t } = web;
  const hasPending = rows.some((r) => r.pending.length > 0);
  return (
    <div class="table-wrap grid-wrap">
      <table class="grid" id="roster-grid" role="grid" data-grid aria-describedby={HELP_ID}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.site')}</th>
            <DayHeads web={web} days={days} />
            {hasPending && <th scope="col">{t('grid.pendingHead')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/sites/${r.site.id}`}>
                  {r.site.name}
                </a>
              </th>
              {r.cells.map((cell) => (
                <td class={cell.some((c) => c.missing > 0) ? 'has-unfilled' : undefined}>
                  {cell.map((chip) => (
                    <Chip web={web} rosterId={rosterId} chip={chip} />
                  ))}
                </td>
              ))}
              {hasPending && <Pending web={web} rosterId={rosterId} needs={r.pending} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeopleGridTable({ web, rosterId, days, rows, caption }: { web: WebCtx; rosterId: number; days: readonly string[]; rows: PersonGridRow[]; caption: string }) {
  const { t } = web;
  return (
    <div class="table-wrap grid-wrap">
      <table class="grid" id="roster-grid" role="grid" data-grid aria-describedby={HELP_ID}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.person')}</th>
            <DayHeads web={web} days={days} />
            <th scope="col" class="num">{t('grid.weekTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/people/${r.personId}`}>
                  {r.name}
                </a>
              </th>
              {r.cells.map((cell) => (
                <td>
                  {cell.map((d) => (
                    <a class="chip" href={seatHref(rosterId, d)} aria-label={`${d.time} ${d.siteName}`}>
                      <span class="time">{d.time}</span>
                      <span class="names">{d.pinned ? `${d.siteName}${t('grid.pinnedMark')}` : d.siteName}</span>
                    </a>
                  ))}
                </td>
              ))}
              <td class="num">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
