// Sections whose pages are not built yet (school bookings): a page that says so in
// the catalogue's words, in the navigation already, so the real page replaces it.
import { Hono } from 'hono';
import { Layout } from '../components/layout.js';
import type { WebEnv } from '../context.js';
import type { MessageKey } from '../i18n/index.js';
import type { NavKey } from '../nav.js';
import { render } from '../render.js';

const SOON: { path: string; nav: NavKey; title: MessageKey; text: MessageKey }[] = [
  { path: '/school', nav: 'school', title: 'nav.school', text: 'soon.school' },
];

export function placeholderRoutes() {
  const app = new Hono<WebEnv>();
  for (const s of SOON) {
    app.get(s.path, (c) => {
      const web = c.get('web');
      const title = web.t('soon.title', { page: web.t(s.title) });
      return render(
        c,
        <Layout web={web} title={title} active={s.nav}>
          <h1>{title}</h1>
          <section class="card placeholder" data-slot={s.nav}>
            <p>{web.t(s.text)}</p>
          </section>
        </Layout>,
      );
    });
  }
  return app;
}
