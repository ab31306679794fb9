import { saveFile } from './saveFile';

/** A cell of an exported table (CSV or XLSX), before it is written. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; empty for a
 * missing value. Text a spreadsheet would run as a formula (starting with = + - @ or a tab)
 * gets an apostrophe first, so an exported note like `=HYPERLINK(…)` stays text.
 */
function field(value: CsvCell): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Whether a spreadsheet would run this text as a formula (it starts with = + - @ or a tab). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** CSV text (CRLF lines) of a header line and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Saves CSV text as a file. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
