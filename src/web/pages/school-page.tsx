// A school's page: its legal vice-principal(s), its class hours this school year against the
// minimum, two weeks of bookable slots with the booking form, and its bookings (upcoming first,
// pending ones marked) with links to reschedule, cancel and read each one's history.
import { BookingTable } from '../components/booking-table.js';
import { ClassHours } from '../components/class-hours.js';
import { TextField, type FieldErrors, type FormValues } from '../components/fields.js';
import { Layout } from '../components/layout.js';
import { PageHead } from '../components/page-head.js';
import { RefusalBox, type RefusalState } from '../components/refusal-box.js';
import { SlotNav, SlotPicker } from '../components/slot-picker.js';
import type { WebCtx } from '../context.js';
import { splitBookings, type SchoolView } from '../school/load.js';
import type { VicePrincipalOut } from '../school/types.js';

export interface BookForm {
  values: FormValues;
  /** Idempotency-Key of this render of the form: a double submit books once. */
  key: string;
  refusal?: RefusalState;
  errors?: FieldErrors;
}

export interface SchoolPageProps {
  web: WebCtx;
  view: SchoolView;
  form: BookForm;
  today: string;
  /** Registry roles see a way back to the yearly-minimum list and links to people. */
  coordinator: boolean;
  flash?: string;
}

function ViceList({ web, vps, today, link }: { web: WebCtx; vps: VicePrincipalOut[]; today: string; link: boolean }) {
  const { t } = web;
  const current = vps.filter((v) => v.endsOn === null || v.endsOn >= today);
  return (
    <section class="card" aria-labelledby="vps-h" id="vice-principals">
      <h2 id="vps-h">{t('school.vps')}</h2>
      {current.length === 0 ? (
        <p class="empty">{t('school.noVp')}</p>
      ) : (
        <ul class="plain">
          {current.map((v) => (
            <li>
              {link ? <a href={`/people/${v.personId}`}>{v.personName}</a> : <strong>{v.personName}</strong>}
              <span class="muted">{` ${t('school.vpTerm', { from: v.startsOn, to: v.endsOn ?? t('people.openEnded') })}`}</span>
              {v.requiresConfirmation && <span class="note">{` · ${t('school.needsConfirm')}`}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SchoolPage({ web, view, form, today, coordinator, flash }: SchoolPageProps) {
  const { t } = web;
  const { site } = view;
  const base = `/school/${site.id}`;
  const names = new Map(view.vps.map((v) => [v.personId, v.personName]));
  const vpName = (id: number) => names.get(id) ?? `#${id}`;
  const { upcoming, done } = splitBookings(view.bookings, web.deps.now());
  const party = { heading: t('school.vp'), name: (b: { personId: number }) => vpName(b.personId) };
  const href = (b: { id: number }) => `${base}/bookings/${b.id}`;
  const bookable = view.vps.some((v) => v.endsOn === null || v.endsOn >= today);
  const slotError = form.errors?.slot?.join('；');
  return (
    <Layout web={web} title={t('school.pageTitle', { school: site.name })} active="school" flash={flash}>
      {coordinator && (
        <p class="crumbs">
          <a href={`/school${site.districtCode ? `?district=${site.districtCode}` : ''}`}>{t('minimum.title')}</a>
          {' › '}
          {site.name}
        </p>
      )}
      <PageHead title={site.name} code={site.code} />
      <div class="grid-2">
        <ViceList web={web} vps={view.vps} today={today} link={coordinator} />
        <ClassHours web={web} year={view.year} />
      </div>

      <section class="card" aria-labelledby="book-h" id="book">
        <h2 id="book-h">{t('school.book')}</h2>
        {!bookable ? (
          <p class="empty">{t('school.noVp')}</p>
        ) : (
          <>
            <p class="help">{t('school.bookHelp')}</p>
            <SlotNav web={web} base={base} slots={view.slots} anchor="book" />
            <form method="post" action={`${base}/book`} id="book-form">
              {form.refusal && <RefusalBox web={web} title="refusal.title" state={form.refusal} />}
              <input type="hidden" name="key" value={form.key} />
              <input type="hidden" name="minutes" value={String(view.slots.minutes)} />
              <input type="hidden" name="from" value={view.slots.range.from} />
              <SlotPicker web={web} slots={view.slots} names={view.vps.length > 1} error={slotError} />
              <div class="form-grid">
                <TextField name="topic" label={t('school.topic')} help={t('school.topicHelp')} values={form.values} errors={form.errors} />
              </div>
              <div class="actions sticky-actions">
                <button type="submit" class="primary">
                  {t('school.submit')}
                </button>
              </div>
            </form>
          </>
        )}
      </section>

      <section class="card" aria-labelledby="bookings-h" id="bookings">
        <h2 id="bookings-h">{t('school.bookings')}</h2>
        <h3>{t('school.upcoming')}</h3>
        <BookingTable web={web} id="upcoming-list" label={t('school.upcoming')} bookings={upcoming} party={party} href={href} empty={t('school.noBookings')} />
        {done.length > 0 && (
          <details>
            <summary>{t('school.past', { n: done.length })}</summary>
            <BookingTable web={web} id="past-list" label={t('school.pastTitle')} bookings={done} party={party} href={href} empty="" />
          </details>
        )}
      </section>
    </Layout>
  );
}
