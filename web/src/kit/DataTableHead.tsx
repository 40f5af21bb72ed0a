import { Table } from '@digdir/designsystemet-react';

/**
 * A data table's header row: a cell per column, then (when rows have buttons) one for them, named for screen
 * readers only. (On narrow screens each cell shows its column's name from its `data-label` instead.)
 */
export function DataTableHead({ columns, actions }: { columns: readonly string[]; actions?: string }) {
  return (
    <Table.Head>
      <Table.Row>
        {columns.map((column) => (
          <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
        ))}
        {actions !== undefined && (
          <Table.HeaderCell>
            <span className="visually-hidden">{actions}</span>
          </Table.HeaderCell>
        )}
      </Table.Row>
    </Table.Head>
  );
}
