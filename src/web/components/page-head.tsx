// Page headings with their actions: a list's "new" button, a record's edit and delete buttons.
import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/index.js';

export function PageHead({ title, code, children }: { title: string; code?: string; children?: Child }) {
  return (
    <div class="page-head">
      <h1>
        {title}
        {code && ' '}
        {code && <span class="code">{code}</span>}
      </h1>
      {children}
    </div>
  );
}

/** Edit link and delete button (the script asks for confirmation before the delete posts). */
export function RecordActions({ t, base }: { t: Translate; base: string }) {
  return (
    <div class="head-actions">
      <a class="button" href={`${base}/edit`}>
        {t('common.edit')}
      </a>
      <form method="post" action={`${base}/delete`} data-confirm={t('common.confirmDelete')} class="inline">
        <button type="submit" class="danger">
          {t('common.delete')}
        </button>
      </form>
    </div>
  );
}

/** A scrollable list table with its column headings, or the empty-list sentence. */
export function ListTable({ id, label, headers, empty, children }: { id: string; label: string; headers: string[]; empty?: string; children?: Child }) {
  if (empty) return <p class="empty">{empty}</p>;
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={label}>
      <table class="list" id={id}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
