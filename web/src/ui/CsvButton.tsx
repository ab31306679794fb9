import { Button } from 'react-aria-components';

export type CsvCell = string | number | boolean | null | undefined;

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Downloads the rows on screen as CSV, for tables whose API has no export of its own
 * (the file is made in the browser from the same answer the table shows).
 */
export function CsvButton({
  fileName,
  header,
  rows,
  label = 'Export CSV',
}: {
  fileName: string;
  header: string[];
  rows: () => CsvCell[][];
  label?: string;
}) {
  return (
    <Button
      className="button button-quiet"
      onPress={() => {
        const blob = new Blob([toCsv(header, rows())], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => {
          URL.revokeObjectURL(url);
        }, 0);
      }}
    >
      {label}
    </Button>
  );
}
