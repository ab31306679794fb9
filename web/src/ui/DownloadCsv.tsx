import { Button } from 'react-aria-components';

/** One column of a CSV file: its heading and how a row gives its cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; a quote mark keeps it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV (CRLF lines, quoted where needed) of the rows, with a header line. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((column) => cell(column.header)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => cell(column.value(row))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
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
        const blob = new Blob([toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = filename;
        link.click();
        URL.revokeObjectURL(url);
      }}
    >
      {label}
    </Button>
  );
}
