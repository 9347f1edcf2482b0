import type { ReactNode } from "react";

/**
 * The lists of the coordinator and account pages: a table that scrolls sideways on narrow screens, with a
 * caption for screen readers and one header cell per column. Rows are the caller's.
 */
export function DataTable({
  caption,
  columns,
  className,
  captionVisible = false,
  children,
}: {
  caption: string;
  columns: readonly ReactNode[];
  className?: string;
  captionVisible?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className={className ? `data-table ${className}` : "data-table"}>
        <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
