// The coordinator's side of the School section: the yearly-minimum list (/school), proposing
// sessions for the schools behind (a dry run, then created as pending), and confirming pending
// sessions one by one or a page at a time (/school/pending).
import { Hono, type Context } from 'hono';
import { list, str } from '../components/fields.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { districtName } from '../format.js';
import { readForm } from '../forms/read.js';
import { MinimumPage, type MinimumPageProps } from '../pages/minimum-page.js';
import { PendingPage } from '../pages/pending-page.js';
import { render } from '../render.js';
import { allVicePrincipals } from '../school/load.js';
import { minimumQuery } from '../school/minimum.js';
import type { BookingOut, ProposalOut, YearlyOut } from '../school/types.js';
import type { DistrictOut, Page } from '../types.js';

/** Pending sessions per page. */
const PENDING_PAGE = 50;

const planner = (c: Context<WebEnv>) => {
  const me = requirePrincipal(c.get('web'));
  if (me.role !== 'admin' && me.role !== 'coordinator') throw new WebError(403);
  return me;
};

/** The district asked for, or the coordinator's own (which the API enforces anyway). */
const districtFor = (c: Context<WebEnv>, asked: string) => {
  const me = planner(c);
  return { fixed: me.districtCode ?? undefined, district: me.districtCode ?? (/^\d{6}$/.test(asked) ? asked : '') };
};

async function districts(c: Context<WebEnv>): Promise<DistrictOut[]> {
  const r = await c.get('web').api.call<{ items: DistrictOut[] }>('GET', '/districts');
  return r.ok ? r.data.items : [];
}

/** Names of schools and vice-principals of a district (or the city), for lists of bookings. */
async function namesOf(c: Context<WebEnv>, district: string) {
  const vps = await allVicePrincipals(c.get('web').api, district || undefined);
  const schools = new Map(vps.map((v) => [v.schoolId, v.schoolName]));
  const people = new Map(vps.map((v) => [v.personId, v.personName]));
  return { schoolName: (id: number) => schools.get(id) ?? `#${id}`, personName: (id: number) => people.get(id) ?? `#${id}` };
}

/** "N sessions confirmed/created" from ?confirmed=N or ?created=N after a redirect. */
function countFlash(c: Context<WebEnv>, param: 'confirmed' | 'created', key: 'pending.confirmed' | 'minimum.created'): string | undefined {
  const raw = c.req.query(param);
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 0 ? c.get('web').t(key, { n }) : undefined;
}

export async function showMinimum(c: Context<WebEnv>, extra: { proposal?: MinimumPageProps['proposal']; flash?: string } = {}, status: 200 | 422 = 200) {
  const web = c.get('web');
  const query = minimumQuery((k) => c.req.query(k));
  const { fixed, district } = districtFor(c, extra.proposal?.district ?? query.district);
  const scope = { ...query, district };
  const [report, ds, pending] = await Promise.all([
    web.api.get<YearlyOut>('/bookings/yearly-minimum', { district: district || undefined }),
    districts(c),
    web.api.get<Page<BookingOut>>('/bookings', { status: 'pending', district: district || undefined, limit: 1 }),
  ]);
  const flash = extra.flash ?? countFlash(c, 'created', 'minimum.created');
  return render(
    c,
    <MinimumPage web={web} query={scope} report={report} districts={ds} fixedDistrict={fixed} pendingTotal={pending.total} proposal={extra.proposal} flash={flash} />,
    status,
  );
}

async function showPending(c: Context<WebEnv>, asked: { district: string; page: number }, extra: { failures?: { id: number; detail: string }[]; notice?: string; flash?: string } = {}) {
  const web = c.get('web');
  const { district } = districtFor(c, asked.district);
  const page = Math.max(1, asked.page);
  const [bookings, names, ds] = await Promise.all([
    web.api.get<Page<BookingOut>>('/bookings', { status: 'pending', district: district || undefined, limit: PENDING_PAGE, offset: (page - 1) * PENDING_PAGE }),
    namesOf(c, district),
    districts(c),
  ]);
  const flash = extra.flash ?? countFlash(c, 'confirmed', 'pending.confirmed') ?? countFlash(c, 'created', 'minimum.created');
  const label = district ? districtName(ds.find((d) => d.code === district), web.lang, district) : web.t('scope.city');
  return render(
    c,
    <PendingPage
      web={web}
      district={district}
      districtLabel={label}
      bookings={bookings.items}
      total={bookings.total}
      page={page}
      pages={Math.max(1, Math.ceil(bookings.total / PENDING_PAGE))}
      {...names}
      flash={flash}
      failures={extra.failures}
      notice={extra.notice}
    />,
    extra.notice ? 422 : 200,
  );
}

export function schoolMinimumRoutes() {
  const app = new Hono<WebEnv>();

  app.post('/school/propose', async (c) => {
    const web = c.get('web');
    const values = await readForm(c);
    const { district } = districtFor(c, str(values.district));
    const engine = str(values.engine) === 'greedy' ? 'greedy' : 'solver';
    const dryRun = str(values.dryRun) !== '0';
    const res = await web.api.post<ProposalOut>('/bookings/propose', { district: district || undefined, dryRun, engine });
    if (!res.ok) throw new WebError(res.status, res.problem);
    if (!dryRun) return c.redirect(`/school/pending?${new URLSearchParams({ ...(district ? { district } : {}), created: String(res.data.proposals.length) })}`, 303);
    const names = await namesOf(c, district);
    return showMinimum(c, { proposal: { report: res.data, district, ...names } });
  });

  app.get('/school/pending', (c) => showPending(c, { district: c.req.query('district') ?? '', page: Number(c.req.query('page')) || 1 }));

  app.post('/school/confirm', async (c) => {
    const web = c.get('web');
    const values = await readForm(c);
    const asked = { district: str(values.district), page: Number(str(values.page)) || 1 };
    const ids = [...new Set((str(values.scope) === 'page' ? list(values.pageId) : list(values.id)).map(Number).filter((n) => Number.isInteger(n) && n > 0))];
    if (ids.length === 0) return showPending(c, asked, { notice: web.t('pending.noneSelected') });
    const failures: { id: number; detail: string }[] = [];
    // One at a time: each confirmation is its own transaction, and the order stays readable.
    for (const id of ids) {
      const res = await web.api.post<BookingOut>(`/bookings/${id}/confirm`, {});
      if (!res.ok) failures.push({ id, detail: res.problem?.detail ?? `HTTP ${res.status}` });
    }
    const done = ids.length - failures.length;
    const { district } = districtFor(c, asked.district);
    if (failures.length === 0) return c.redirect(`/school/pending?${new URLSearchParams({ ...(district ? { district } : {}), confirmed: String(done) })}`, 303);
    return showPending(c, asked, { failures, flash: web.t('pending.confirmed', { n: done }) });
  });

  return app;
}
