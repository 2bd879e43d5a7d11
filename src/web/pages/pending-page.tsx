// Pending sessions (proposals and bookings awaiting confirmation) of a district or the city, a
// page at a time, with checkboxes: confirm the chosen ones, or every one on the page.
import { SimplePager } from '../components/simple-pager.js';
import { Layout } from '../components/layout.js';
import { ListTable, PageHead } from '../components/page-head.js';
import type { WebCtx } from '../context.js';
import { localTimeRange } from '../format.js';
import type { BookingOut } from '../school/types.js';

export interface PendingPageProps {
  web: WebCtx;
  district: string;
  districtLabel: string;
  bookings: BookingOut[];
  total: number;
  page: number;
  pages: number;
  schoolName: (id: number) => string;
  personName: (id: number) => string;
  flash?: string;
  /** Refusals of the last confirm (one line per booking). */
  failures?: { id: number; detail: string }[];
  notice?: string;
}

export function PendingPage(props: PendingPageProps) {
  const { web, district, bookings } = props;
  const { t } = web;
  const headers = [t('pending.choose'), t('school.when'), t('minimum.school'), t('school.vp'), t('booking.origin'), t('school.actions')];
  const q = (page: number) => `/school/pending?${new URLSearchParams({ ...(district ? { district } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
  return (
    <Layout web={web} title={t('pending.title')} active="school" flash={props.flash}>
      <p class="crumbs">
        <a href={`/school${district ? `?district=${district}` : ''}`}>{t('minimum.title')}</a>
        {' › '}
        {t('pending.title')}
      </p>
      <PageHead title={t('pending.title')} />
      <p class="lead" id="pending-lead">
        {t('pending.lead', { scope: props.districtLabel, n: props.total })}
      </p>
      {(props.failures?.length || props.notice) && (
        <div class="problem" role="alert" tabindex={-1} id="form-problem">
          {props.notice && <p>{props.notice}</p>}
          {props.failures && props.failures.length > 0 && (
            <>
              <p>{t('pending.failed', { n: props.failures.length })}</p>
              <ul>
                {props.failures.map((f) => (
                  <li>{`#${f.id}: ${f.detail}`}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {bookings.length === 0 ? (
        <p class="empty">{t('pending.none')}</p>
      ) : (
        <form method="post" action="/school/confirm" id="pending-form">
          <input type="hidden" name="district" value={district} />
          <input type="hidden" name="page" value={String(props.page)} />
          <ListTable id="pending-list" label={t('pending.title')} headers={headers}>
            {bookings.map((b) => {
              const label = t('pending.select', { school: props.schoolName(b.schoolId), when: localTimeRange(b.startsAt, b.endsAt) });
              return (
                <tr data-booking={b.id}>
                  <td>
                    <input type="hidden" name="pageId" value={String(b.id)} />
                    <label class="check">
                      <input type="checkbox" name="id" value={String(b.id)} />
                      <span class="sr-only">{label}</span>
                    </label>
                  </td>
                  <td data-label={headers[1]}>{localTimeRange(b.startsAt, b.endsAt)}</td>
                  <td data-label={headers[2]}>
                    <a href={`/school/${b.schoolId}`}>{props.schoolName(b.schoolId)}</a>
                  </td>
                  <td data-label={headers[3]}>{props.personName(b.personId)}</td>
                  <td data-label={headers[4]}>{t(`bookingOrigin.${b.origin}`)}</td>
                  <td data-label={headers[5]}>
                    <a href={`/school/${b.schoolId}/bookings/${b.id}`}>{t('school.view')}</a>
                  </td>
                </tr>
              );
            })}
          </ListTable>
          <div class="actions">
            <button type="submit" name="scope" value="selected" class="primary">
              {t('pending.confirmSelected')}
            </button>
            <button type="submit" name="scope" value="page">
              {t('pending.confirmPage', { n: bookings.length })}
            </button>
          </div>
        </form>
      )}
      {props.pages > 1 && <SimplePager t={t} href={q} page={props.page} pages={props.pages} />}
    </Layout>
  );
}
