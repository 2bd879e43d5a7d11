// A table of counts: one row per district (or other group), one column per category, a total
// column and an optional footer; every count can link to the list it counts.
export interface CountCell {
  value: number;
  href?: string;
}

export interface CountRow {
  label: string;
  href?: string;
  cells: CountCell[];
  total: number;
  highlight?: boolean;
}

export interface CountTableProps {
  id: string;
  caption: string;
  corner: string;
  columns: string[];
  totalLabel: string;
  rows: CountRow[];
  footer?: CountRow;
}

function Row({ row }: { row: CountRow }) {
  return (
    <tr class={row.highlight ? 'mine' : undefined}>
      <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
      {row.cells.map((c) => (
        <td class="num">{c.href ? <a href={c.href}>{c.value}</a> : c.value}</td>
      ))}
      <td class="num">{row.total}</td>
    </tr>
  );
}

export function CountTable({ id, caption, corner, columns, totalLabel, rows, footer }: CountTableProps) {
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th scope="col" class="num">{c}</th>
            ))}
            <th scope="col" class="num">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row row={r} />
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <Row row={footer} />
          </tfoot>
        )}
      </table>
    </div>
  );
}
