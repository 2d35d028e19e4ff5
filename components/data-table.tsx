import type { ComponentChildren } from 'preact';

/** One column: its heading, and what each row shows in it. */
export interface Column<Row> {
  label: string;
  /** Minutes, counts and amounts: aligned right. */
  num?: boolean;
  /** Marks the cell with `data-total` (the figure tests and the e2e page read it). */
  total?: string;
  cell: (row: Row) => ComponentChildren;
}

export function TableHead({
  columns,
}: {
  columns: readonly Pick<Column<never>, 'label' | 'num'>[];
}) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" class={c.num ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface DataTableProps<Row> {
  class: string;
  caption: string;
  /** The caption only for screen readers, when the page's heading already says it. */
  captionClass?: string;
  testId?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** `data-*` attributes of a row. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/** A table of rows, one per item; the first column heads its row. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const [head, ...rest] = props.columns;
  return (
    <table class={props.class} data-testid={props.testId}>
      <caption class={props.captionClass}>{props.caption}</caption>
      <TableHead columns={props.columns} />
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)} {...props.rowData?.(row)}>
            {head && <th scope="row">{head.cell(row)}</th>}
            {rest.map((c, i) => (
              <td key={i} class={c.num ? 'num' : undefined} data-total={c.total}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
