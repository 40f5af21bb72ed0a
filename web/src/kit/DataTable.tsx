import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { AriaAttributes, ReactNode } from 'react';
import { Loading } from './Loading.tsx';

/** One column: its head, what each row shows in it, and (for a sortable column) the order it is sorted in. */
export interface Column<T> {
  head: string;
  cell(row: T): ReactNode;
  /** E.g. `data-table__nowrap` for dates. */
  className?: string;
  /** Set on a sortable column only: the head becomes a button and the column carries `aria-sort`. */
  sort?: AriaAttributes['aria-sort'];
  onSort?(): void;
}

/**
 * A list as a table: named by its caption or by the heading it sits under, a head cell per column, a row per item
 * and, when rows have buttons, a last column for them whose head is read by screen readers only. Until the first
 * rows come it shows a spinner, and with no rows the empty state; while it loads again the old rows stay, marked
 * busy. On narrow screens each row is a small card with the column's name before each value (`data-label`).
 */
export function DataTable<T>({
  caption,
  labelledBy,
  columns,
  actions,
  rows,
  rowKey,
  loading,
  busy = false,
  empty,
}: {
  /** Shown above the table and naming it; leave out when `labelledBy` names a heading instead. */
  caption?: string;
  labelledBy?: string;
  columns: readonly Column<T>[];
  /** The buttons of a row, under a head named for screen readers. */
  actions?: { head: string; cell(row: T): ReactNode };
  /** Undefined until the first answer. */
  rows: readonly T[] | undefined;
  rowKey(row: T): string | number;
  /** The spinner's text. */
  loading?: string;
  busy?: boolean;
  /** What an empty list says. */
  empty?: string;
}) {
  if (rows === undefined) return busy && loading !== undefined ? <Loading text={loading} /> : null;
  if (rows.length === 0)
    return empty === undefined ? null : (
      <div className="empty-state">
        <Paragraph>{empty}</Paragraph>
      </div>
    );
  return (
    <Table className="data-table" aria-labelledby={labelledBy} aria-busy={busy}>
      {caption !== undefined && <caption>{caption}</caption>}
      <Table.Head>
        <Table.Row>
          {columns.map((column) => (
            <Table.HeaderCell key={column.head} sort={column.sort} onClick={column.onSort}>
              {column.head}
            </Table.HeaderCell>
          ))}
          {actions && (
            <Table.HeaderCell>
              <span className="visually-hidden">{actions.head}</span>
            </Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={rowKey(row)}>
            {columns.map((column) => (
              <Table.Cell key={column.head} data-label={column.head} className={column.className}>
                {column.cell(row)}
              </Table.Cell>
            ))}
            {actions && <Table.Cell className="data-table__action">{actions.cell(row)}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
