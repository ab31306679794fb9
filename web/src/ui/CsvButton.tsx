import { Button } from 'react-aria-components';
import { downloadCsv, toCsv, type CsvCell } from './csv';

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
        downloadCsv(fileName, toCsv(header, rows()));
      }}
    >
      {label}
    </Button>
  );
}
