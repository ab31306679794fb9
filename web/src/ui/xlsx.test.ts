import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { toXlsx } from './xlsx';

// In a browser fflate's own zip starts a Web Worker from a blob: URL for a file over 160 KB,
// which the CSP refuses; here it fails outright, so only zipInPage's zip can make a workbook.
vi.mock('fflate', async (original) => ({
  ...(await original<typeof import('fflate')>()),
  zip: () => {
    throw new Error('fflate zip starts a worker, which the CSP refuses');
  },
}));

/** The first sheet of a workbook as rows of cell texts, shared strings resolved. */
async function readSheet(file: Blob): Promise<{ rows: string[][]; textFormatted: string[] }> {
  const parts = unzipSync(new Uint8Array(await file.arrayBuffer()));
  const xml = (name: string) => {
    const part = parts[name];
    if (part === undefined) {
      throw new Error(`the workbook has no ${name}`);
    }
    return new DOMParser().parseFromString(strFromU8(part), 'application/xml');
  };
  expect(Object.keys(parts)).toEqual(
    expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
  );
  const shared = [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map(
    (item) => item.textContent,
  );
  // Cell styles whose number format is Text: built-in 49 or a custom "@".
  const styles = xml('xl/styles.xml');
  const textFormats = new Set([
    '49',
    ...[...styles.getElementsByTagName('numFmt')]
      .filter((format) => format.getAttribute('formatCode') === '@')
      .map((format) => format.getAttribute('numFmtId') ?? ''),
  ]);
  const textStyles = new Set(
    [...styles.querySelectorAll('cellXfs > xf')].flatMap((xf, index) =>
      textFormats.has(xf.getAttribute('numFmtId') ?? '') ? [String(index)] : [],
    ),
  );
  const textFormatted: string[] = [];
  const rows = [...xml('xl/worksheets/sheet1.xml').getElementsByTagName('row')].map((row) =>
    [...row.getElementsByTagName('c')].map((cell) => {
      expect(cell.getElementsByTagName('f')).toHaveLength(0);
      const value = cell.getElementsByTagName('v')[0]?.textContent ?? '';
      const text = cell.getAttribute('t') === 's' ? (shared[Number(value)] ?? '') : value;
      if (textStyles.has(cell.getAttribute('s') ?? '')) {
        textFormatted.push(text);
      }
      return text;
    }),
  );
  return { rows, textFormatted };
}

describe('toXlsx', () => {
  it('writes a valid workbook with the header and every row, numbers as numbers', async () => {
    const file = await toXlsx(
      ['sku', 'quantity', 'approved', 'note'],
      [
        ['GIN-70', 120, true, 'first order'],
        ['TONIC', 12.5, false, null],
      ],
    );

    const { rows } = await readSheet(file);

    expect(rows).toEqual([
      ['sku', 'quantity', 'approved', 'note'],
      ['GIN-70', '120', '1', 'first order'],
      ['TONIC', '12.5', '0'],
    ]);
  });

  it('keeps text that looks like a formula as text, never as a formula', async () => {
    const file = await toXlsx(['reason'], [['=HYPERLINK("x")'], ['+44 20'], ['plain']]);

    const { rows, textFormatted } = await readSheet(file);

    expect(rows.slice(1)).toEqual([['=HYPERLINK("x")'], ['+44 20'], ['plain']]);
    expect(textFormatted).toEqual(['=HYPERLINK("x")', '+44 20']);
  });

  it('writes a table of 2,000 rows (a sheet zipped without a worker, which the CSP refuses)', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => [
      `SKU-${String(index)}`,
      index,
      `a longer description of item ${String(index)}`,
    ]);

    const parts = unzipSync(
      new Uint8Array(await (await toXlsx(['sku', 'n', 'description'], rows)).arrayBuffer()),
    );

    // Over the 160 KB from which fflate's own zip would start a worker; read without a DOM
    // parser, which takes seconds for a sheet this size in jsdom.
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array(0));
    expect(sheet.length).toBeGreaterThan(160_000);
    expect(sheet.match(/<row /g)).toHaveLength(2001);
    expect(sheet).toContain('<c r="B2001"><v>1999</v></c>');
    expect(strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array(0))).toContain(
      '<t>a longer description of item 1999</t>',
    );
  });
});
