import { useState } from 'react';
import { Button } from 'react-aria-components';
import { downloadCsv, toCsv, type CsvCell } from './csv';
import { ErrorPanel } from './ErrorPanel';
import { saveFile } from './saveFile';
import { toXlsx } from './xlsx';

/** One column of an exported table: its heading and how a row gives its cell. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/**
 * The header and rows of typed rows, one column per {@link ExportColumn}, for {@link Export}
 * (which is disabled while there is no row).
 */
export function exportTable<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
): { header: string[]; rows: () => CsvCell[][]; isDisabled: boolean } {
  return {
    header: columns.map((column) => column.header),
    rows: () => rows.map((row) => columns.map((column) => column.value(row))),
    isDisabled: rows.length === 0,
  };
}

export type ExportFormat = 'csv' | 'xlsx';

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

type ExportProps = {
  /** The buttons' words before the format, e.g. "Export the row errors as"; "Export" by default. */
  label?: string;
} & (
  | {
      /** The file's name without its extension. */
      fileName: string;
      header: readonly string[];
      /** The rows as the API gave them (dot decimals, ISO dates), asked for when pressed. */
      rows: () => readonly (readonly CsvCell[])[];
      isDisabled?: boolean;
    }
  | {
      /** The API's own export of the table in each format. */
      href: (format: ExportFormat) => string;
    }
);

/**
 * Every table's export, as CSV and as XLSX. Where the API exports the table the buttons are
 * links to it; otherwise the file is made in the browser from the rows the API answered
 * (the XLSX writer is loaded only when one is asked for).
 */
export function Export(props: ExportProps) {
  const [failure, setFailure] = useState<unknown>(null);
  const label = props.label ?? 'Export';
  if ('href' in props) {
    return (
      <span className="export-actions">
        {FORMATS.map((format) => (
          <a key={format} className="button button-quiet" href={props.href(format)} download>
            {label} {format.toUpperCase()}
          </a>
        ))}
      </span>
    );
  }
  const { fileName, header, rows, isDisabled = false } = props;
  return (
    <span className="export-actions">
      <Button
        className="button button-quiet"
        isDisabled={isDisabled}
        onPress={() => {
          downloadCsv(`${fileName}.csv`, toCsv(header, rows()));
        }}
      >
        {label} CSV
      </Button>
      <Button
        className="button button-quiet"
        isDisabled={isDisabled}
        onPress={() => {
          setFailure(null);
          toXlsx(header, rows())
            .then((file) => {
              saveFile(`${fileName}.xlsx`, file);
            })
            .catch((error: unknown) => {
              setFailure(error);
            });
        }}
      >
        {label} XLSX
      </Button>
      {failure !== null && <ErrorPanel title="The XLSX file was not made" error={failure} />}
    </span>
  );
}
