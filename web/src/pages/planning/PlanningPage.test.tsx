import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me, Role } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { reorderPlan, serviceLevels, suggestion } from './fixtures';
import { PlanningPage } from './PlanningPage';

function as(role: Role): Me {
  return { ...MANAGER, memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role }] };
}

function problem(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

// Answers arrive late on a loaded machine: wait up to 5 s for them (each test file runs apart).
configure({ asyncUtilTimeout: 5000 });

const BASE = '/api/forecasting/v1';

function answers(suggestions = [suggestion()]) {
  const asked: string[] = [];
  server.use(
    http.get(`${BASE}/plans`, () =>
      HttpResponse.json({
        run: 'r-1',
        historyEnd: '2026-11-30',
        plans: [
          reorderPlan({
            sku: 'TONIC-6',
            skuClass: 'C',
            locationId: 'newark',
            stockOutWithinLeadTime: false,
            daysOfCover: null,
            projectedStockout: null,
            quantity: 0,
            unitCost: null,
            currency: null,
            orderValue: null,
          }),
          reorderPlan(),
        ],
      }),
    ),
    http.get(`${BASE}/suggestions`, ({ request }) => {
      asked.push(new URL(request.url).search);
      return HttpResponse.json(suggestions);
    }),
    http.get(`${BASE}/planning/service-levels`, () => HttpResponse.json(serviceLevels())),
    http.get(`${BASE}/locations`, () =>
      HttpResponse.json([
        { locationId: 'amazon-fba:UK', locationType: 'AMAZON_FBA', regions: [] },
        { locationId: 'leith', locationType: 'WAREHOUSE', regions: ['UK', 'EU'] },
        { locationId: 'newark', locationType: 'WAREHOUSE', regions: [] },
      ]),
    ),
  );
  return asked;
}

// Typing and pressing through dialogs is slow on a loaded machine; the default 5 s is not enough.
describe('PlanningPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows each plan with stock, cover, stock-out date and reorder point', async () => {
    answers();
    renderWithProviders(<PlanningPage />);

    const plans = await screen.findByRole('region', { name: 'Plan table' });
    const gin = within(plans).getByText('GIN-70').closest('tr');
    expect(gin).not.toBeNull();
    const cells = within(gin as HTMLElement)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(
      expect.arrayContaining([
        'leith',
        '60',
        '10.2',
        expect.stringContaining('within lead time'),
        '100.6',
        '84',
        '£1,050.00',
      ]),
    );
    const tonic = within(plans).getByText('TONIC-6').closest('tr') as HTMLElement;
    expect(tonic).toHaveTextContent('beyond the horizon');
    expect(tonic).toHaveTextContent('unit cost unknown');
    expect(screen.getByText(/2 plans, 1 running out within their lead time/)).toBeInTheDocument();
    // The API lists TONIC-6 first; the stock-out within the lead time comes first all the same.
    const order = within(plans)
      .getAllByRole('row')
      .slice(1)
      .filter((row) => row.getAttribute('aria-hidden') !== 'true')
      .map((row) => row.textContent);
    expect(order).toHaveLength(2);
    expect(order[0]).toContain('GIN-70');
  });

  it('asks for open suggestions and shows the arithmetic in words', async () => {
    const asked = answers();
    renderWithProviders(<PlanningPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );

    const details = screen.getByRole('region', { name: /GIN-70 at leith: 84 units/ });
    expect(within(details).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(details).toHaveTextContent('£125,000.00');
    expect(details).toHaveTextContent('exceeds the approval threshold');
    expect(within(details).getAllByRole('listitem')[2]).toHaveTextContent(
      'Need: reorder point 100.6 + demand over the 7-day review period 41 - on hand 60',
    );
    expect(details).toHaveTextContent('Highland Spirits');
    expect(asked[0]).toContain('status=open');
  });

  it('lets a manager approve with a reason, sent with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-42';
    answers();
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.post(`${BASE}/suggestions/:id/approve`, async ({ request, params }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(suggestion({ id: String(params.id), status: 'approved' }));
      }),
    );
    renderWithProviders(<PlanningPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Approve…' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve the purchase order' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason for approving/ }),
      'Christmas stock',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    expect(
      await screen.findByText(/Approved: GIN-70 at leith is now approved/),
    ).toBeInTheDocument();
    expect(sent).toEqual({ body: { reason: 'Christmas stock' }, csrf: 'csrf-42' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the API's refusal of a decision in the dialog", async () => {
    answers();
    server.use(
      http.post(`${BASE}/suggestions/:id/reject`, () =>
        problem(409, 'The suggestion is superseded; only open or approved ones can be rejected.'),
      ),
    );
    renderWithProviders(<PlanningPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reject…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject the purchase order' });
    await userEvent.type(within(dialog).getByRole('textbox'), 'Too early');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The suggestion is superseded; only open or approved ones can be rejected.',
    );
  });

  it('offers an operator execution of an approved order, and no approval', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-7';
    answers([
      suggestion({
        status: 'approved',
        decision: {
          outcome: 'approved',
          by: 'u-1',
          email: 'manager@demo.sentia.io',
          at: '2026-12-07T09:00:00Z',
          reason: 'Christmas stock',
        },
      }),
    ]);
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.post(`${BASE}/suggestions/:id/execute`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(suggestion({ status: 'executed' }));
      }),
    );
    renderWithProviders(<PlanningPage />, as('OPERATOR'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );
    expect(screen.getByText(/Approved by manager@demo.sentia.io/)).toHaveTextContent(
      'Christmas stock',
    );
    expect(screen.queryByRole('button', { name: 'Approve…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject…' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark as ordered…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'PO-1234');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as ordered' }));

    expect(await screen.findByText(/is now executed/)).toBeInTheDocument();
    expect(sent).toEqual({ body: { reason: 'PO-1234' }, csrf: 'csrf-7' });
  });

  it('offers a viewer no decision at all', async () => {
    answers();
    renderWithProviders(<PlanningPage />, as('VIEWER'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );

    expect(screen.getByRole('region', { name: /GIN-70 at leith/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve|Reject|Mark as ordered/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save service levels' })).toBeNull();
  });

  it('does not offer an operator execution of an order still needing approval', async () => {
    answers();
    renderWithProviders(<PlanningPage />, as('OPERATOR'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of GIN-70 at leith' }),
    );

    expect(screen.getByText('open, needs approval', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as ordered…' })).toBeNull();
  });

  it('shows service levels per class and saves a manager’s change as a fraction', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-9';
    answers();
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.put(`${BASE}/planning/service-levels`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(serviceLevels({ classes: { A: 0.98, B: 0.95, C: 0.9 } }));
      }),
    );
    renderWithProviders(<PlanningPage />);

    const table = await screen.findByRole('table', { name: 'Service level per SKU class' });
    const rowA = within(table).getByRole('row', { name: /^A/ });
    expect(rowA).toHaveTextContent('98%');
    expect(rowA).toHaveTextContent('your tenant');
    const c = screen.getByRole('textbox', { name: 'Class C service level (%)' });
    await userEvent.clear(c);
    await userEvent.type(c, '90');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Save service levels' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({ body: { C: 0.9 }, csrf: 'csrf-9' });
    });
  });

  it('shows what each location serves and saves the regions a manager gives a warehouse', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-loc';
    answers();
    let sent: { url: string; body: unknown; csrf: string | null } | undefined;
    server.use(
      http.put(`${BASE}/locations/:id/regions`, async ({ request }) => {
        sent = {
          url: new URL(request.url).pathname,
          body: await request.json(),
          csrf: request.headers.get('X-XSRF-TOKEN'),
        };
        return HttpResponse.json({
          locationId: 'newark',
          locationType: 'WAREHOUSE',
          regions: ['US'],
        });
      }),
    );
    renderWithProviders(<PlanningPage />);

    const table = await screen.findByRole('table', {
      name: 'Stock locations and the demand they serve',
    });
    expect(within(table).getByRole('row', { name: /leith/ })).toHaveTextContent('UK, EU');
    expect(within(table).getByRole('row', { name: /newark/ })).toHaveTextContent(
      'pooled with the others',
    );
    expect(screen.queryByRole('form', { name: 'Regions of amazon-fba:UK' })).toBeNull();
    const form = screen.getByRole('form', { name: 'Regions of newark' });
    await userEvent.type(within(form).getByRole('textbox'), 'US, CA');
    await userEvent.click(within(form).getByRole('button', { name: 'Save regions' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({
        url: `${BASE}/locations/newark/regions`,
        body: { regions: ['US', 'CA'] },
        csrf: 'csrf-loc',
      });
    });
  });

  it('shows the problem detail when the plans cannot be read', async () => {
    answers();
    server.use(http.get(`${BASE}/plans`, () => problem(503, 'forecasting-service is starting')));
    renderWithProviders(<PlanningPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('forecasting-service is starting');
  });
});
