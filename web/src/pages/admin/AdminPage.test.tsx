import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MANAGER, renderWithProviders } from '../../test/render';
import { AdminPage } from './AdminPage';

describe('AdminPage', () => {
  it('tells a non-admin the page is not theirs and asks the API nothing', () => {
    // No MSW handler is set: any request would fail the test (onUnhandledRequest: error).
    renderWithProviders(<AdminPage />, MANAGER);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only an ADMIN of this organisation can administer it.',
    );
    expect(screen.queryByRole('heading', { name: 'Members' })).not.toBeInTheDocument();
  });
});
