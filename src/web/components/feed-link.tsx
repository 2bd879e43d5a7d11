// A person's calendar feed: the webcal:// and https:// addresses and a QR code to subscribe from
// a phone, whenever the API can show the live address (it derives it from the server's feed key)
// or right after it was (re)issued; otherwise when the live address was issued. A button issues
// a new one (rotation).
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import { QrSvg } from '../qr/svg.js';

export interface FeedState {
  active: boolean;
  createdAt: string | null;
  /** The live address, when the API can show it again (null without a feed key). */
  https?: string | null;
  webcal?: string | null;
  /** Present only in the response that issued it. */
  issued?: { https: string; webcal: string; revokedOlder: number };
}

export function FeedLink({ web, personId, feed }: { web: WebCtx; personId: number; feed: FeedState }) {
  const { t } = web;
  const issued = feed.issued;
  const live = feed.https && feed.webcal ? { https: feed.https, webcal: feed.webcal } : undefined;
  const shown = issued ?? live;
  return (
    <section class="card" id="feed" aria-labelledby="feed-h">
      <h2 id="feed-h">{t('feed.title')}</h2>
      {issued && (
        <p class="flash" role="status">
          {t('feed.issued')}
          {issued.revokedOlder > 0 && ` ${t('feed.olderStopped')}`}
          {!live && ` ${t('feed.shownOnce')}`}
        </p>
      )}
      {!issued && (
        <p>
          {!feed.active || !feed.createdAt
            ? t('feed.none')
            : t(live ? 'feed.activeSince' : 'feed.activeSinceHidden', { at: localDateTime(feed.createdAt) })}
        </p>
      )}
      {shown && (
        <div class="feed-grid">
          <div>
            <p>
              <a class="button primary" href={shown.webcal} id="feed-webcal">
                {t('feed.subscribe')}
              </a>
            </p>
            <div class="field">
              <label for="feed-https">{t('feed.https')}</label>
              <input id="feed-https" type="text" readonly value={shown.https} />
            </div>
            <div class="field">
              <label for="feed-webcal-text">{t('feed.webcal')}</label>
              <input id="feed-webcal-text" type="text" readonly value={shown.webcal} />
            </div>
            <p class="help">{t('feed.help')}</p>
          </div>
          <figure class="qr-box">
            <QrSvg text={shown.webcal} label={t('feed.qrLabel')} id="feed-qr" />
            <figcaption>{t('feed.qrCaption')}</figcaption>
          </figure>
        </div>
      )}
      <form method="post" action={`/people/${personId}/feed#feed`} data-confirm={feed.active ? t('feed.confirmRotate') : undefined}>
        <button type="submit" class={feed.active ? undefined : 'primary'}>
          {feed.active ? t('feed.rotate') : t('feed.issue')}
        </button>
      </form>
    </section>
  );
}
