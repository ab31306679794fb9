import { HttpResponse } from 'msw';
import { vi } from 'vitest';
import type { Member, PartnerClient } from '../../api/admin';
import type { Me } from '../../api/types';

/** The signed-in ADMIN of the tests, a member of the one tenant. */
export const ADMIN: Me = {
  id: 'u-admin',
  email: 'admin@highland-harbour.example',
  name: 'Ada Admin',
  activeTenantId: 't-1',
  memberships: [{ tenantId: 't-1', tenantName: 'Highland & Harbour', role: 'ADMIN' }],
};

export const MEMBERS: Member[] = [
  {
    userId: 'u-admin',
    email: 'admin@highland-harbour.example',
    name: 'Ada Admin',
    role: 'ADMIN',
    passwordSet: true,
    mfaEnabled: true,
    locked: false,
    memberSince: '2026-01-05T09:00:00Z',
  },
  {
    userId: 'u-viewer',
    email: 'viewer@highland-harbour.example',
    name: 'Victor Viewer',
    role: 'VIEWER',
    passwordSet: false,
    mfaEnabled: false,
    locked: true,
    memberSince: '2026-02-10T09:00:00Z',
  },
];

export const CLIENTS: PartnerClient[] = [
  {
    clientId: 'highland-harbour-reporting',
    tenantId: 't-1',
    name: 'Reporting',
    scopes: ['forecasts.read', 'analytics.read'],
    createdAt: '2026-01-05T09:00:00Z',
    createdBy: 'bootstrap',
    revokedAt: null,
  },
  {
    clientId: 'old-bi',
    tenantId: 't-1',
    name: 'Old BI',
    scopes: ['analytics.read'],
    createdAt: '2026-01-01T09:00:00Z',
    createdBy: 'u-admin',
    revokedAt: '2026-03-01T09:00:00Z',
  },
];

export function problem(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** jsdom lays nothing out; give the tables' scrolling regions the size a browser would. */
export function layOutTables() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
}

export function clearCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}
