import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { exportTable, type ExportColumn } from './Export';

/** CSV of typed rows, as the Export button writes it. */
function columnsToCsv<T>(rows: T[], columns: ExportColumn<T>[]): string {
  const table = exportTable(rows, columns);
  return toCsv(table.header, table.rows());
}

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells for missing values', () => {
    const csv = columnsToCsv(
      [
        { sku: 'GIN,70', note: 'say "hi"\nthere', value: 12.5 },
        { sku: 'TONIC', note: null, value: undefined },
      ],
      [
        { header: 'sku', value: (row) => row.sku },
        { header: 'note', value: (row) => row.note },
        { header: 'value', value: (row) => row.value },
      ],
    );

    expect(csv).toBe('sku,note,value\r\n"GIN,70","say ""hi""\nthere",12.5\r\nTONIC,,\r\n');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    const csv = columnsToCsv(
      [{ reason: '=HYPERLINK("x")' }],
      [{ header: 'reason', value: (row) => row.reason }],
    );

    expect(csv).toBe('reason\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
