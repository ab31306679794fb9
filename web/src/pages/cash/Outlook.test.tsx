import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { outlookReport } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Outlook } from './Outlook';

vi.mock('../../charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

describe('Outlook', () => {
  it('lists the 13 weeks and marks those below the minimum cash', async () => {
    server.use(
      http.get('/api/analytics/v1/cash/outlook', () => HttpResponse.json(outlookReport())),
    );

    renderWithProviders(<Outlook />);

    const table = await screen.findByRole('table', { name: '13-week cash outlook' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toHaveTextContent('£9,000.00');
    expect(rows[0]).not.toHaveTextContent('below minimum');
    expect(rows[12]).toHaveTextContent('below minimum');
    expect(screen.getByText(/of 13 weeks go below the minimum/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/analytics/v1/cash/outlook/export?format=csv',
    );
  });
});
