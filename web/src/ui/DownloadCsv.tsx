import { Button } from 'react-aria-components';
import { downloadCsv, toCsv, type CsvCell } from './csv';

/** One column of a CSV file: its heading and how a row gives its cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/** CSV of typed rows, one column per {@link CsvColumn}, with a header line. */
export function columnsToCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

/**
 * Exports the rows a table shows as a CSV file, for APIs that offer no export of their
 * own; figures are written as the API gave them (dot decimals, ISO dates), not formatted.
 */
export function DownloadCsv<T>({
  rows,
  columns,
  filename,
  label = 'Export CSV',
}: {
  rows: readonly T[];
  columns: readonly CsvColumn<T>[];
  filename: string;
  label?: string;
}) {
  return (
    <Button
      className="button button-quiet"
      isDisabled={rows.length === 0}
      onPress={() => {
        downloadCsv(filename, columnsToCsv(rows, columns));
      }}
    >
      {label}
    </Button>
  );
}
