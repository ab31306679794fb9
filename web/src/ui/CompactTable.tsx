import type { ReactNode } from 'react';

/**
 * A short table of a few configured things (no sorting or virtualisation, unlike DataTable):
 * a scrollable, labelled region with the column headings, a line saying when there is nothing,
 * and the rows the caller draws.
 */
export function CompactTable({
  label,
  headings,
  empty,
  children,
}: {
  label: string;
  headings: readonly string[];
  /** What the table says when it has no row (then pass no children). */
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="compact">
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty !== null && (
            <tr>
              <td colSpan={headings.length} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  );
}
