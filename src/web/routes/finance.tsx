// Finance: the month's subsidy statements per district (spend against budget) with one
// district's lines, and CSV downloads — a web route fetches the API's CSV with the session's
// token and passes it on, since a download link cannot carry the bearer token.
import { Hono } from 'hono';
import type { z } from 'zod';
import type { Statement } from '../../../schemas/subsidies.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { FinancePage } from '../pages/finance-page.js';
import { render } from '../render.js';
import { isPeriod, periodOf } from '../roster/weeks.js';
import type { Problem } from '../../errors.js';
import { districtsOf } from './shared.js';

export type StatementOut = z.infer<typeof Statement>;

export function financeRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/finance', async (c) => {
    const web = c.get('web');
    const me = requirePrincipal(web);
    const asked = c.req.query('month');
    const month = isPeriod(asked) ? asked : periodOf(web.deps.now());
    const districts = await districtsOf(web.api);
    // A district coordinator reads its own district; finance, admins and city coordinators all.
    const visible = me.role === 'coordinator' && me.districtCode ? districts.filter((d) => d.code === me.districtCode) : districts;
    const statements = await Promise.all(visible.map((d) => web.api.get<StatementOut>('/subsidies/statements', { month, district: d.code })));
    const chosen = visible.find((d) => d.code === c.req.query('district')) ?? visible[0];
    const page = Math.max(1, Math.floor(Number(c.req.query('page')) || 1));
    return render(c, <FinancePage web={web} month={month} districts={visible} statements={statements} chosen={chosen?.code} page={page} allDistricts={visible.length > 1} />);
  });

  app.get('/finance/export.csv', async (c) => {
    const web = c.get('web');
    const month = c.req.query('month');
    if (!isPeriod(month)) throw new WebError(404);
    const district = c.req.query('district');
    const q = new URLSearchParams({ month, format: 'csv', ...(district ? { district } : {}) });
    const res = await web.api.raw('GET', `/subsidies/statements?${q.toString()}`, { accept: 'text/csv' });
    if (!res.ok) throw new WebError(res.status, (await res.json().catch(() => undefined)) as Problem | undefined);
    return new Response(res.body, {
      status: 200,
      headers: {
        'content-type': res.headers.get('content-type') ?? 'text/csv; charset=utf-8',
        'content-disposition': res.headers.get('content-disposition') ?? `attachment; filename="subsidy-${month}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });

  return app;
}
