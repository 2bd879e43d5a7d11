// A seat of a roster: the shift, who holds each seat group, the candidates ranked with reasons,
// the warnings in words, and the edits (assign, swap, unassign, pin) posted with the draft
// version as If-Match. A stale version (412) reloads the seat and says why; a hard rule (409)
// shows the solver's sentences.
import { Hono, type Context } from 'hono';
import { canPlanScope } from '../../auth/scope.js';
import { str, type FormValues } from '../components/fields.js';
import { requirePrincipal, type WebEnv } from '../context.js';
import { WebError } from '../errors.js';
import { readForm } from '../forms/read.js';
import { SeatPage } from '../pages/seat-page.js';
import { render } from '../render.js';
import { loadRoster, loadUnfilled } from '../roster/data.js';
import { refusalWords } from '../roster/problem-words.js';
import { seatState } from '../roster/seat-model.js';
import type { AssignmentRow, CandidateRow, ExplainOut, ShiftRow } from '../roster/types.js';
import type { RosterNotice } from '../pages/roster-page.js';
import { districtsOf, idParam } from './shared.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Candidates listed per seat (the API ranks them all; the page shows the best). */
const CANDIDATES = 15;

type Query = (key: string) => string | undefined;

async function showSeat(c: Context<WebEnv>, rosterId: number, shiftId: number, q: Query, opts: { notice?: RosterNotice; status?: 200 | 409 | 422 } = {}) {
  const web = c.get('web');
  const { api } = web;
  const site = Number(q('site'));
  const day = q('day') ?? '';
  if (!Number.isInteger(site) || site <= 0 || !DAY.test(day)) throw new WebError(404);
  const [roster, districts, shifts, held, explain, unfilled] = await Promise.all([
    loadRoster(api, rosterId),
    districtsOf(api),
    api.get<{ items: ShiftRow[] }>(`/rosters/${rosterId}/shifts`, { site, day }),
    api.get<{ items: AssignmentRow[] }>(`/rosters/${rosterId}/assignments`, { site, day, limit: 500 }),
    api.get<ExplainOut>(`/rosters/${rosterId}/explain`),
    loadUnfilled(api, rosterId),
  ]);
  const shift = shifts.items.find((s) => s.id === shiftId);
  if (!shift) throw new WebError(404);
  const canPlan = canPlanScope(requirePrincipal(web), roster.scope) && roster.status !== 'queued' && roster.status !== 'solving';
  const state = seatState(shift, held.items, explain.violations, unfilled.items, { group: q('group'), replace: q('replace') });
  const [candidates, alternatives] = await Promise.all([
    canPlan
      ? api.call<{ items: CandidateRow[] }>('GET', `/rosters/${rosterId}/shifts/${shiftId}/candidates?seatGroup=${state.group}&limit=${CANDIDATES}${state.replace ? `&replace=${state.replace.personId}` : ''}`)
      : undefined,
    shift.groupKey ? api.get<{ items: ShiftRow[] }>(`/rosters/${rosterId}/shifts`, { site }).then((r) => r.items.filter((s) => s.groupKey === shift.groupKey)) : [],
  ]);
  const done = q('done');
  const flash = q('stale')
    ? web.t('seat.stale', { n: roster.draftVersion })
    : done
      ? web.t('seat.done', { n: q('v') ?? roster.draftVersion })
      : undefined;
  return render(
    c,
    <SeatPage
      web={web}
      roster={roster}
      districts={districts}
      shift={shift}
      state={state}
      candidates={candidates?.ok ? candidates.data.items : undefined}
      alternatives={alternatives}
      canPlan={canPlan}
      isAdmin={requirePrincipal(web).role === 'admin'}
      flash={flash}
      notice={opts.notice}
    />,
    opts.status ?? 200,
  );
}

/** The API's edit body from the posted form (numbers as numbers; the API validates the rest). */
export function editBody(f: FormValues): Record<string, unknown> {
  const n = (k: string) => Number(str(f[k]));
  const op = str(f.op);
  const base = { op, shiftId: n('shiftId'), seatGroup: n('seatGroup'), personId: n('personId') };
  const force = str(f.force) === '1';
  if (op === 'swap') return { ...base, withPersonId: n('withPersonId'), force };
  if (op === 'pin') return { ...base, pinned: str(f.pinned) === '1' };
  if (op === 'unassign') return base;
  return { ...base, force };
}

export function rosterSeatRoutes() {
  const app = new Hono<WebEnv>();

  app.get('/roster/:id/seats/:shiftId', (c) => showSeat(c, idParam(c), idParam(c, 'shiftId'), (k) => c.req.query(k)));

  app.post('/roster/:id/edits', async (c) => {
    const web = c.get('web');
    const id = idParam(c);
    const f = await readForm(c);
    const body = editBody(f);
    const shiftId = body.shiftId as number;
    if (!Number.isInteger(shiftId) || shiftId <= 0) throw new WebError(400);
    const back = `/roster/${id}/seats/${shiftId}?site=${encodeURIComponent(str(f.site))}&day=${encodeURIComponent(str(f.day))}&group=${body.seatGroup as number}`;
    const res = await web.api.post<{ draftVersion: number }>(`/rosters/${id}/edits`, body, { 'if-match': `"${str(f.version).replace(/\D/g, '')}"` });
    if (res.ok) return c.redirect(`${back}&done=${encodeURIComponent(str(f.op))}&v=${res.data.draftVersion}#seat`, 303);
    if (res.status === 412) return c.redirect(`${back}&stale=1#seat`, 303);
    if (res.status === 401 || res.status === 403 || res.status === 404 || res.status >= 500) throw new WebError(res.status, res.problem);
    // Show the seat again as it is now, with the refusal in words.
    const params = new URL(back, 'http://zhiban.invalid').searchParams;
    return showSeat(c, id, shiftId, (k) => params.get(k) ?? undefined, { notice: refusalWords(web.t, res.problem, res.status, 'seat.hard'), status: res.status === 422 ? 422 : 409 });
  });

  return app;
}
