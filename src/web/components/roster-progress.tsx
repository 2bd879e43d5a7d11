// The live progress of a solve: the script follows /roster/{id}/events (server-sent events) and
// fills the fields below; without the script, the refresh link shows the same figures.
import type { WebCtx } from '../context.js';
import { scoreText } from './roster-bits.js';
import type { Progress, RosterOut } from '../roster/types.js';

export function ProgressPanel({ web, roster, canPlan }: { web: WebCtx; roster: RosterOut; canPlan: boolean }) {
  const { t } = web;
  const p = (roster.progress ?? {}) as Progress;
  const elapsed = (p.elapsedMs ?? 0) / 1000;
  return (
    <section
      class="card progress"
      id="progress"
      aria-labelledby="progress-h"
      data-events={`/roster/${roster.id}/events`}
      data-score-template={t('score.template')}
      data-elapsed-template={t('progress.elapsed', { s: '{s}', limit: roster.seconds })}
      data-status-queued={t('rosterStatus.queued')}
      data-status-solving={t('rosterStatus.solving')}
      data-status-done={t('progress.finished')}
    >
      <h2 id="progress-h">{t('progress.title')}</h2>
      <p role="status" aria-live="polite" class="progress-line">
        <span data-field="status">{t(roster.status === 'queued' ? 'rosterStatus.queued' : 'rosterStatus.solving')}</span>
        {' · '}
        <span data-field="elapsed">{t('progress.elapsed', { s: elapsed.toFixed(1), limit: roster.seconds })}</span>
      </p>
      <progress max={roster.seconds} value={Math.min(elapsed, roster.seconds)} data-field="bar" aria-label={t('progress.title')}></progress>
      <dl class="facts">
        <dt>{t('progress.best')}</dt>
        <dd data-field="score">{scoreText(t, p.score)}</dd>
        <dt>{t('progress.iterations')}</dt>
        <dd data-field="iterations">{p.iterations ?? 0}</dd>
      </dl>
      <div class="actions">
        <a href={`/roster/${roster.id}`}>{t('progress.refresh')}</a>
        {canPlan && (
          <form method="post" action={`/roster/${roster.id}/stop`} class="inline">
            <button type="submit">{t('progress.stop')}</button>
          </form>
        )}
      </div>
    </section>
  );
}
