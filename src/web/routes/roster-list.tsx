// The roster section's front page: the rosters of a month the user may see, and the form that
// generates a new one (POST /api/v1/rosters) and then opens it to watch the solve.
import { Hono, type Context } from 'hono';
import { canPlanScope } from '../../auth/scope.js';
import { str, type FieldErrors, type FormValues } from '../components/fields.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { fieldErrorsOf, WebError } from '../errors.js';
import { num, readForm } from '../forms/read.js';
import { RosterListPage } from '../pages/roster-list.js';
import { render } from '../render.js';
import { isPeriod, periodOf } from '../roster/weeks.js';
import type { RosterOut } from '../roster/types.js';
import type { MeOut } from '../types.js';
import { districtsOf } from './shared.js';

/** Scopes this user may plan: a district coordinator its district; city coordinators and admins every district and the city. */
export function plannableScopes(me: MeOut, districtCodes: readonly string[]): string[] {
  return ['city', ...districtCodes].filter((s) => canPlanScope(me, s));
}

/** A district coordinator sees its own district's rosters; everyone else every roster. */
export const visibleRoster = (me: MeOut, r: RosterOut) => me.role !== 'coordinator' || me.districtCode === null || r.scope === me.districtCode;

async function listPage(c: Context<WebEnv>, form: { values: FormValues; errors?: FieldErrors; other?: string[] } | undefined, status: 200 | 422 = 200) {
  const web = c.get('web');
  const me = requirePrincipal(web);
  // Planning happens for next month, so that is where the list opens.
  const asked = c.req.query('period');
  const period = isPeriod(asked) ? asked : periodOf(web.deps.now(), 1);
  const [districts, list] = await Promise.all([districtsOf(web.api), web.api.get<{ items: RosterOut[] }>('/rosters', { period, limit: 200 })]);
  const scopes = plannableScopes(
    me,
    districts.map((d) => d.code),
  );
  const values = form?.values ?? { period, scope: scopes.length === 1 ? scopes[0]! : (me.districtCode ?? ''), seconds: '20' };
  return render(
    c,
    <RosterListPage web={web} period={period} rosters={list.items.filter((r) => visibleRoster(me, r))} districts={districts} scopes={scopes} form={{ values, errors: form?.errors, other: form?.other }} />,
    status,
  );
}

export function rosterListRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/roster', (c) => listPage(c, undefined));

  app.post('/roster', async (c) => {
    const web = c.get('web');
    const values = await readForm(c);
    const res = await web.api.post<RosterOut>('/rosters', { period: str(values.period).trim(), scope: str(values.scope), seconds: num(str(values.seconds)) });
    if (res.ok) return c.redirect(`/roster/${res.data.id}`, 303);
    if (res.status !== 422 && res.status !== 409) throw new WebError(res.status, res.problem);
    const { byField, other } = fieldErrorsOf(res.problem, web.t);
    return listPage(c, { values, errors: byField, other }, 422);
  });

  return app;
}
