import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../api/alerts';
import type { Me } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Rules } from './Rules';

const RULES = '/api/notifications/v1/rules';

function rule(changes: Partial<Rule> = {}): Rule {
  return {
    id: '5b0c7a52-6f1d-4c59-9a57-0b6a0a7f4e11',
    name: 'Managers hear about risks',
    kinds: ['stockout_risk', 'cash_shortfall'],
    severities: [],
    roles: ['MANAGER'],
    users: [],
    channels: [
      { channel: 'EMAIL', targetId: null },
      { channel: 'SLACK', targetId: '7d4c3f0e-2b1a-4c5d-9e8f-0a1b2c3d4e5f' },
    ],
    threshold: 10,
    reminderMinutes: 1440,
    notifyResolved: true,
    escalateAfterMinutes: 60,
    escalationChannel: null,
    quietStart: '22:00:00',
    quietEnd: '07:00:00',
    dailyDigest: false,
    digestHour: 8,
    enabled: true,
    ...changes,
  };
}

const CHANNELS = [
  {
    id: '7d4c3f0e-2b1a-4c5d-9e8f-0a1b2c3d4e5f',
    type: 'slack',
    name: '#ops-alerts',
    createdBy: 'u-1',
    createdAt: '2026-12-07T09:30:00Z',
  },
];

describe('Alert rules', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // jsdom lays nothing out; the virtualised table renders the rows of a 420 px window.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the rules with their channels by name', async () => {
    server.use(
      http.get(RULES, () => HttpResponse.json({ rules: [rule()] })),
      http.get('/api/notifications/v1/channels', () => HttpResponse.json(CHANNELS)),
    );
    renderWithProviders(<Rules />);

    const table = await screen.findByRole('region', { name: 'Alert rules' });
    await waitFor(() => {
      expect(table).toHaveTextContent('Slack: #ops-alerts');
    });
    expect(table).toHaveTextContent('Managers hear about risks');
    expect(table).toHaveTextContent('Stockout risk, Cash shortfall');
    expect(table).toHaveTextContent('22:00–07:00');
    expect(table).toHaveTextContent('60 min');
  });

  it('creates a rule with the CSRF header and the body the API takes', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-rules';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get(RULES, () => HttpResponse.json({ rules: sent === undefined ? [] : [rule()] })),
      http.get('/api/notifications/v1/channels', () => HttpResponse.json(CHANNELS)),
      http.post(RULES, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(rule(), { status: 201 });
      }),
    );
    renderWithProviders(<Rules />);

    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await userEvent.paste('Ops on Slack');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Sync failed' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Critical' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Operator' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Slack: #ops-alerts' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sent?.csrf).toBe('csrf-rules');
    expect(sent?.body).toMatchObject({
      name: 'Ops on Slack',
      kinds: ['sync_failed'],
      severities: ['critical'],
      roles: ['MANAGER', 'OPERATOR'],
      channels: [
        { channel: 'EMAIL', targetId: null },
        { channel: 'IN_APP', targetId: null },
        { channel: 'SLACK', targetId: '7d4c3f0e-2b1a-4c5d-9e8f-0a1b2c3d4e5f' },
      ],
      quietStart: null,
      notifyResolved: true,
      enabled: true,
    });
    expect(await screen.findByRole('region', { name: 'Alert rules' })).toHaveTextContent(
      'Managers hear about risks',
    );
  });

  it('shows the fields the API refused next to them', async () => {
    server.use(
      http.get(RULES, () => HttpResponse.json({ rules: [rule()] })),
      http.get('/api/notifications/v1/channels', () => HttpResponse.json(CHANNELS)),
      http.put(`${RULES}/${rule().id}`, () =>
        HttpResponse.json(
          {
            title: 'Bad request',
            status: 400,
            detail: '2 fields are invalid.',
            errors: [
              { field: 'quietEnd', message: 'must be given together with quietStart' },
              {
                field: 'channels[1].targetId',
                message: 'is not a configured, enabled SLACK target of this tenant',
              },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Rules />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit: Managers hear about risks' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('2 fields are invalid.');
    expect(dialog).toHaveTextContent('must be given together with quietStart');
    expect(dialog).toHaveTextContent(
      'channels[1].targetId is not a configured, enabled SLACK target of this tenant',
    );
  });

  it('deletes a rule only after asking', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-del';
    let deleted: string | null = null;
    server.use(
      http.get(RULES, () => HttpResponse.json({ rules: deleted === null ? [rule()] : [] })),
      http.get('/api/notifications/v1/channels', () => HttpResponse.json(CHANNELS)),
      http.delete(`${RULES}/:id`, ({ request, params }) => {
        deleted = `${String(params.id)} ${request.headers.get('X-XSRF-TOKEN') ?? ''}`;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<Rules />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete: Managers hear about risks' }),
    );
    const confirm = await screen.findByRole('alertdialog');
    expect(deleted).toBeNull();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete rule' }));

    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Alert rules' })).toHaveTextContent(
        'Nothing to show.',
      );
    });
    expect(deleted).toBe(`${rule().id} csrf-del`);
  });

  it("lets an admin name people from the tenant's members", async () => {
    const admin: Me = {
      ...MANAGER,
      memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'ADMIN' }],
    };
    let sent: unknown;
    server.use(
      http.get(RULES, () => HttpResponse.json({ rules: [rule()] })),
      http.get('/api/notifications/v1/channels', () => HttpResponse.json(CHANNELS)),
      http.get('/api/auth/v1/admin/users', () =>
        HttpResponse.json([
          {
            userId: 'u-ops',
            email: 'ops@demo.sentia.io',
            name: 'Olive Operator',
            role: 'OPERATOR',
            passwordSet: true,
            mfaEnabled: false,
            locked: false,
            memberSince: '2026-01-01T00:00:00Z',
          },
        ]),
      ),
      http.put(`${RULES}/${rule().id}`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(rule({ users: ['u-ops'] }));
      }),
    );
    renderWithProviders(<Rules />, admin);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit: Managers hear about risks' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Olive Operator' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    await waitFor(() => {
      expect(sent).toMatchObject({ users: ['u-ops'], quietStart: '22:00', quietEnd: '07:00' });
    });
  });
});
