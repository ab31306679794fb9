import type { Cell } from 'write-excel-file/browser';
import { looksLikeFormula, type CsvCell } from './csv';

/**
 * A cell as the workbook holds it: numbers and booleans as such, text as a shared string (a
 * string cell is never calculated), and text that looks like a formula also formatted as
 * Text (`@`), so that editing the cell in a spreadsheet does not turn it into one.
 */
function cell(value: CsvCell): Cell {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'string' && looksLikeFormula(value)) {
    return { value, type: String, format: '@' };
  }
  return value;
}

/**
 * An XLSX workbook of one sheet, the header row in bold. write-excel-file is imported here
 * only when a file is asked for, so it is a chunk of its own that the first page load does
 * not fetch.
 */
export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet: Cell[][] = [
    header.map((heading) => ({ value: heading, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(cell)),
  ];
  return writeXlsxFile(sheet, { stickyRowsCount: 1 }).toBlob();
}
