import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './http';
import type { Role } from './types';

/**
 * The ADMIN's API of auth-service (/api/auth/v1/admin/…, /api/auth/v1/audit), shaped as its
 * records are (AdminUsersController, AdminClientsController, AuditController).
 */

export const ROLES: Role[] = ['VIEWER', 'OPERATOR', 'MANAGER', 'ADMIN'];

/** GET /api/auth/v1/admin/users: a member of the admin's tenant. */
export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  passwordSet: boolean;
  mfaEnabled: boolean;
  locked: boolean;
  memberSince: string;
}

/** PATCH /api/auth/v1/admin/users/{id}: a new role, or `active: false` to remove. */
export interface MemberChange {
  role?: Role;
  active?: false;
}

/** POST /api/auth/v1/admin/users (202). */
export interface Invitation {
  email: string;
  name: string;
  role: Role;
}

export interface PendingInvitation {
  invitationId: string;
  email: string;
  role: Role;
  expiresAt: string;
}

/** GET /api/auth/v1/admin/clients: a partner system of the tenant (never its secret). */
export interface PartnerClient {
  clientId: string;
  tenantId: string;
  name: string;
  scopes: string[];
  createdAt: string;
  createdBy: string;
  revokedAt?: string | null;
}

/** POST …/clients (201) and POST …/clients/{id}/secret (200), both no-store: the secret, once. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string[];
}

/** The scopes a partner client may hold (auth-service's PartnerScopes.ALL; no API lists them). */
export const PARTNER_SCOPES: { id: string; label: string }[] = [
  { id: 'analytics.read', label: 'Read analytics' },
  { id: 'forecasts.read', label: 'Read forecasts' },
  { id: 'forecasts.write', label: 'Write forecasts' },
  { id: 'integrations.read', label: 'Read integrations' },
  { id: 'integrations.write', label: 'Write integrations' },
  { id: 'webhooks.manage', label: 'Manage webhooks' },
];

/** One entry of GET /api/auth/v1/audit. */
export interface AuditRecord {
  id: string;
  occurredAt: string;
  actorType: string;
  actorId: string;
  actorName?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: string;
  clientAddress?: string | null;
  traceId?: string | null;
  details: Record<string, string>;
}

export interface AuditPage {
  items: AuditRecord[];
  nextCursor?: string | null;
}

export interface AuditFilter {
  /** ISO instants; `from` must be before `to`. */
  from?: string;
  to?: string;
  /** A user id or client id, exactly. */
  actor?: string;
  /** An action name such as user.role_changed. */
  action?: string;
}

/** The largest page the audit API gives. */
export const AUDIT_PAGE_SIZE = 200;

export const membersQuery = () =>
  queryOptions({
    queryKey: ['auth', 'admin', 'users'],
    queryFn: ({ signal }) => api<Member[]>('/api/auth/v1/admin/users', { signal }),
  });

export const partnerClientsQuery = () =>
  queryOptions({
    queryKey: ['auth', 'admin', 'clients'],
    queryFn: ({ signal }) => api<PartnerClient[]>('/api/auth/v1/admin/clients', { signal }),
  });

export function auditUrl(filter: AuditFilter, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'actor', 'action'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== '') {
      params.set(key, value);
    }
  }
  params.set('limit', String(AUDIT_PAGE_SIZE));
  if (cursor !== undefined) {
    params.set('cursor', cursor);
  }
  return `/api/auth/v1/audit?${params.toString()}`;
}

export const auditQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['auth', 'audit', filter],
    queryFn: ({ signal, pageParam }) => api<AuditPage>(auditUrl(filter, pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function changeMember(userId: string, change: MemberChange): Promise<Member | undefined> {
  return api<Member | undefined>(`/api/auth/v1/admin/users/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: change,
  });
}

export function invite(invitation: Invitation): Promise<PendingInvitation> {
  return api<PendingInvitation>('/api/auth/v1/admin/users', { method: 'POST', body: invitation });
}

export function createPartnerClient(request: {
  name: string;
  scopes: string[];
}): Promise<ClientCredentials> {
  return api<ClientCredentials>('/api/auth/v1/admin/clients', { method: 'POST', body: request });
}

export function rotatePartnerSecret(clientId: string): Promise<ClientCredentials> {
  return api<ClientCredentials>(
    `/api/auth/v1/admin/clients/${encodeURIComponent(clientId)}/secret`,
    { method: 'POST' },
  );
}

export function revokePartnerClient(clientId: string): Promise<undefined> {
  return api<undefined>(`/api/auth/v1/admin/clients/${encodeURIComponent(clientId)}`, {
    method: 'DELETE',
  });
}
