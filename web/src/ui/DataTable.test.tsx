import { createColumnHelper } from '@tanstack/react-table';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataTable } from './DataTable';
import type { Features } from './tableFeatures';

interface Item {
  sku: string;
  units: number;
}

const helper = createColumnHelper<Features, Item>();
const columns = helper.columns([
  helper.accessor('sku', { header: 'SKU' }),
  helper.accessor('units', { header: 'Units', meta: { numeric: true } }),
]);

function bodyRows() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.getAttribute('aria-hidden') !== 'true');
}

describe('DataTable', () => {
  // jsdom lays nothing out; give the scrolling region the height a browser would.
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  const items: Item[] = [
    { sku: 'MUG-BLUE', units: 5 },
    { sku: 'MUG-RED', units: 12 },
    { sku: 'BOWL-GREEN', units: 1 },
  ];

  it('sorts by a column when its header is pressed, and says so', async () => {
    render(<DataTable label="Stock" data={items} columns={columns} />);

    await userEvent.click(screen.getByRole('button', { name: /SKU/ }));

    expect(screen.getByRole('columnheader', { name: /SKU/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(bodyRows().map((row) => row.textContent)).toEqual([
      'BOWL-GREEN1',
      'MUG-BLUE5',
      'MUG-RED12',
    ]);

    // Figures sort largest first.
    await userEvent.click(screen.getByRole('button', { name: /Units/ }));

    expect(screen.getByRole('columnheader', { name: /Units/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(bodyRows().map((row) => row.textContent)).toEqual([
      'MUG-RED12',
      'MUG-BLUE5',
      'BOWL-GREEN1',
    ]);
  });

  it('keeps only the rows the search matches', async () => {
    render(<DataTable label="Stock" data={items} columns={columns} />);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search Stock' }), 'mug');

    expect(bodyRows()).toHaveLength(2);
    expect(screen.getByText('2 of 3 rows')).toBeInTheDocument();
  });

  it('renders only a window of a long table', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({
      sku: `SKU-${String(index)}`,
      units: index,
    }));

    render(<DataTable label="Stock" data={many} columns={columns} />);

    expect(screen.getByText('5000 of 5000 rows')).toBeInTheDocument();
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]).toHaveTextContent('SKU-0');
  });
});
