// Review pages of a roster: the unfilled seats with why, the score explained by constraint, and
// the published versions with a comparison of any two (or a version and the draft).
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../context.js';
import { ExplainPage } from '../pages/explain-page.js';
import { UnfilledPage } from '../pages/unfilled-page.js';
import { VersionsPage } from '../pages/versions-page.js';
import { render } from '../render.js';
import { loadRoster, loadUnfilled, sitesOfScope } from '../roster/data.js';
import type { DiffOut, ExplainOut, VersionRow } from '../roster/types.js';
import type { SiteOut } from '../types.js';
import { districtsOf, idParam } from './shared.js';

/** Rows per page of the unfilled and violation lists. */
export const REVIEW_PAGE = 30;
/** Up to this many sites are looked up one by one; more come from the scope's site list (fewer calls). */
const FEW_SITES = 10;

const pageOf = (c: Context) => Math.max(1, Math.floor(Number(c.req.query('page')) || 1));

async function siteNames(c: Context<WebEnv>, scope: string, ids: number[]): Promise<Map<number, string>> {
  const { api } = c.get('web');
  if (ids.length > FEW_SITES) return new Map((await sitesOfScope(api, scope)).map((s) => [s.id, s.name]));
  const found = await Promise.all(ids.map((id) => api.call<SiteOut>('GET', `/sites/${id}`)));
  return new Map(found.flatMap((r) => (r.ok ? [[r.data.id, r.data.name] as const] : [])));
}

export function rosterReviewRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/roster/:id/unfilled', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const [roster, districts, unfilled] = await Promise.all([loadRoster(web.api, id), districtsOf(web.api), loadUnfilled(web.api, id)]);
    return render(c, <UnfilledPage web={web} roster={roster} districts={districts} unfilled={unfilled} page={pageOf(c)} perPage={REVIEW_PAGE} />);
  });

  app.get('/roster/:id/explain', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const [roster, districts, explain] = await Promise.all([loadRoster(web.api, id), districtsOf(web.api), web.api.get<ExplainOut>(`/rosters/${id}/explain`)]);
    const level = ['hard', 'medium', 'soft'].includes(c.req.query('level') ?? '') ? c.req.query('level')! : '';
    return render(c, <ExplainPage web={web} roster={roster} districts={districts} explain={explain} level={level} page={pageOf(c)} perPage={REVIEW_PAGE} />);
  });

  app.get('/roster/:id/versions', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const [roster, districts, versions] = await Promise.all([loadRoster(web.api, id), districtsOf(web.api), web.api.get<{ items: VersionRow[] }>(`/rosters/${id}/versions`)]);
    const from = c.req.query('from');
    const to = c.req.query('to');
    let diff: DiffOut | undefined;
    let names = new Map<number, string>();
    if (from !== undefined && /^\d+$/.test(from)) {
      diff = await web.api.get<DiffOut>(`/rosters/${id}/diff`, { from, to: to && to !== 'draft' ? to : undefined });
      const ids = new Set<number>();
      for (const p of diff.people) for (const d of [...p.gained, ...p.lost, ...p.moved.flatMap((m) => [m.from, m.to])]) ids.add(d.siteId);
      names = await siteNames(c, roster.scope, [...ids]);
    }
    return render(c, <VersionsPage web={web} roster={roster} districts={districts} versions={versions.items} diff={diff} siteNames={names} from={from ?? ''} to={to ?? 'draft'} />);
  });

  return app;
}
