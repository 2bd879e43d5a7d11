// A person's calendar feed: right after it is (re)issued, the webcal:// and https:// addresses
// and a QR code to subscribe from a phone — shown once, because only a hash is stored — and
// otherwise when the live address was issued and a button to issue a new one.
import type { WebCtx } from '../context.js';
import { localDateTime } from '../format.js';
import { QrSvg } from '../qr/svg.js';

export interface FeedState {
  active: boolean;
  createdAt: string | null;
  /** Present only in the response that issued it. */
  issued?: { https: string; webcal: string; revokedOlder: number };
}

export function FeedLink({ web, personId, feed }: { web: WebCtx; personId: number; feed: FeedState }) {
  const { t } = web;
  const issued = feed.issued;
  return (
    <section class="card" id="feed" aria-labelledby="feed-h">
      <h2 id="feed-h">{t('feed.title')}</h2>
      {issued ? (
        <div class="feed-issued">
          <p class="flash" role="status">
            {t('feed.issuedOnce')}
            {issued.revokedOlder > 0 && ` ${t('feed.olderStopped')}`}
          </p>
          <div class="feed-grid">
            <div>
              <p>
                <a class="button primary" href={issued.webcal} id="feed-webcal">
                  {t('feed.subscribe')}
                </a>
              </p>
              <div class="field">
                <label for="feed-https">{t('feed.https')}</label>
                <input id="feed-https" type="text" readonly value={issued.https} />
              </div>
              <div class="field">
                <label for="feed-webcal-text">{t('feed.webcal')}</label>
                <input id="feed-webcal-text" type="text" readonly value={issued.webcal} />
              </div>
              <p class="help">{t('feed.help')}</p>
            </div>
            <figure class="qr-box">
              <QrSvg text={issued.webcal} label={t('feed.qrLabel')} id="feed-qr" />
              <figcaption>{t('feed.qrCaption')}</figcaption>
            </figure>
          </div>
        </div>
      ) : (
        <p>{feed.active && feed.createdAt ? t('feed.activeSince', { at: localDateTime(feed.createdAt) }) : t('feed.none')}</p>
      )}
      <form method="post" action={`/people/${personId}/feed#feed`} data-confirm={feed.active ? t('feed.confirmRotate') : undefined}>
        <button type="submit" class={feed.active ? undefined : 'primary'}>
          {feed.active ? t('feed.rotate') : t('feed.issue')}
        </button>
      </form>
    </section>
  );
}
