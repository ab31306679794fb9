import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '../../api/admin';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { ADMIN, CLIENTS, layOutTables, MEMBERS, problem } from './adminTestSupport';
import { AuditLog, auditFilter } from './AuditLog';

const user = userEvent.setup({ delay: null });

function entry(id: string, action: string, extra: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id,
    occurredAt: '2026-12-07T10:15:00Z',
    actorType: 'user',
    actorId: 'u-admin',
    actorName: 'admin@highland-harbour.example',
    action,
    targetType: 'user',
    targetId: 'u-viewer',
    outcome: 'success',
    clientAddress: '127.0.0.1',
    traceId: 'trace-1',
    details: {},
    ...extra,
  };
}

describe('AuditLog', { timeout: 30_000 }, () => {
  const asked: URLSearchParams[] = [];

  beforeEach(() => {
    layOutTables();
    asked.length = 0;
    server.use(
      http.get('/api/auth/v1/admin/users', () => HttpResponse.json(MEMBERS)),
      http.get('/api/auth/v1/admin/clients', () => HttpResponse.json(CLIENTS)),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the newest page and loads older entries with the cursor', async () => {
    server.use(
      http.get('/api/auth/v1/audit', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        return params.get('cursor') === 'c-2'
          ? HttpResponse.json({ items: [entry('e-2', 'login.failed', { outcome: 'failure' })] })
          : HttpResponse.json({
              items: [entry('e-1', 'user.role_changed', { details: { role: 'OPERATOR' } })],
              nextCursor: 'c-2',
            });
      }),
    );
    renderWithProviders(<AuditLog />, ADMIN);

    const table = await screen.findByRole('table');
    const first = within(table).getByText('user.role_changed').closest('tr');
    expect(first).toHaveTextContent('admin@highland-harbour.example (user)');
    expect(first).toHaveTextContent('user u-viewer');
    expect(first).toHaveTextContent('role=OPERATOR');

    await user.click(screen.getByRole('button', { name: 'Load older entries' }));

    expect(await within(table).findByText('login.failed')).toBeInTheDocument();
    expect(asked.map((params) => params.get('cursor'))).toEqual([null, 'c-2']);
    expect(asked[0]?.get('limit')).toBe('200');
    expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument();
  });

  it('filters by who and what', async () => {
    server.use(
      http.get('/api/auth/v1/audit', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [] });
      }),
    );
    renderWithProviders(<AuditLog />, ADMIN);
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /Anyone/ }));
    await user.click(await screen.findByRole('option', { name: /Victor Viewer/ }));
    await user.type(screen.getByRole('textbox', { name: 'Action' }), 'user.role_changed');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    await vi.waitFor(() => {
      expect(asked).toHaveLength(2);
    });
    expect(asked[1]?.get('actor')).toBe('u-viewer');
    expect(asked[1]?.get('action')).toBe('user.role_changed');
    expect(asked[1]?.has('from')).toBe(false);
  });

  it('turns the days typed into instants, the last day included', () => {
    const filter = auditFilter({
      from: '2026-12-01',
      to: '2026-12-07',
      actor: 'anyone',
      action: ' ',
    });

    expect(filter).toEqual({
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2026, 11, 8).toISOString(),
    });
  });

  it('shows the problem detail of a refused filter', async () => {
    server.use(
      http.get('/api/auth/v1/audit', () =>
        problem(400, 'action must be an action name such as user.role_changed'),
      ),
    );
    renderWithProviders(<AuditLog />, ADMIN);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'action must be an action name such as user.role_changed',
    );
  });

  it('exports the entries loaded as CSV', async () => {
    server.use(
      http.get('/api/auth/v1/audit', () =>
        HttpResponse.json({
          items: [entry('e-1', 'client.created', { actorName: '=HYPERLINK("x")' })],
        }),
      ),
    );
    let saved: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:audit';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(<AuditLog />, ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Export 1 rows as CSV' }));

    expect(click).toHaveBeenCalled();
    const lines = (await saved?.text())?.trim().split('\r\n');
    expect(lines?.[0]).toBe(
      'occurred at,actor type,actor id,actor name,action,target type,target id,outcome,client address,trace id,details',
    );
    expect(lines?.[1]).toBe(
      `2026-12-07T10:15:00Z,user,u-admin,"'=HYPERLINK(""x"")",client.created,user,u-viewer,success,127.0.0.1,trace-1,`,
    );
  });
});
