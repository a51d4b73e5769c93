export type DataColumn<Row> = {
  key: string;
  /** Plain text: it also labels each cell when the table stacks on narrow screens. */
  header: string;
  cell: (row: Row) => React.ReactNode;
  /** Right-aligned in LTR, left-aligned in RTL: numbers line up at their end. */
  isNumeric?: boolean;
};

type DataTableProps<Row> = {
  caption: string;
  /** Visually hidden caption when a heading already names the table. */
  isCaptionHidden?: boolean;
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string;
};

/**
 * A data table that never makes the page scroll sideways: below `md` each row becomes a card
 * of label–value pairs (labels from `data-label`, see globals.css); from `md` up it is a normal
 * table inside its own scroll container. Explicit ARIA roles keep table semantics when the
 * stacked layout changes the CSS display of the elements.
 */
export function DataTable<Row>({ caption, isCaptionHidden = true, columns, rows, rowKey }: DataTableProps<Row>) {
  return (
    <div className="data-table-scroll">
      <table role="table" className="data-table">
        <caption className={isCaptionHidden ? "sr-only" : "mb-2 text-start font-bold"}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th
                key={column.key}
                role="columnheader"
                scope="col"
                className={column.isNumeric ? "text-end" : "text-start"}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} role="row">
              {columns.map((column) => (
                <td
                  key={column.key}
                  role="cell"
                  data-label={column.header}
                  // No className={undefined}: the RSC payload would carry it for every cell.
                  {...(column.isNumeric ? { className: "md:text-end" } : {})}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
