import { queryOptions } from '@tanstack/react-query';
import { api } from './http';
import type { Role } from './types';

/**
 * The signed-in user's own account, as auth-service answers it under /api/auth/v1/me
 * (MeController, MfaController, MyInvitationsController).
 */

/** POST /api/auth/v1/me/mfa/totp (201, no-store): what goes into the authenticator app, once. */
export interface TotpEnrolment {
  /** The shared secret in base32, for typing in by hand. */
  secret: string;
  /** otpauth://totp/… for the QR code. */
  otpauthUri: string;
}

/** POST /api/auth/v1/me/mfa/totp/confirm (200, no-store): each code works once. */
export interface RecoveryCodeSet {
  recoveryCodes: string[];
}

/** GET /api/auth/v1/me/invitations: an invitation waiting for the signed-in user. */
export interface MyInvitation {
  invitationId: string;
  tenantId: string;
  tenantName: string;
  role: Role;
  expiresAt: string;
}

export const TOTP_PATH = '/api/auth/v1/me/mfa/totp';

export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return api<TotpEnrolment>(TOTP_PATH, { method: 'POST' });
}

export function confirmTotp(code: string): Promise<RecoveryCodeSet> {
  return api<RecoveryCodeSet>(`${TOTP_PATH}/confirm`, { method: 'POST', body: { code } });
}

/** Removes the second factor, proven with a current TOTP code or an unused recovery code. */
export function removeTotp(code: string): Promise<undefined> {
  return api<undefined>(TOTP_PATH, { method: 'DELETE', body: { code } });
}

/**
 * Chooses the tenant the caller's next tokens act in. auth-service reads the choice when it
 * issues a token (at the next sign-in or refresh), not into the token the session holds now.
 */
export function chooseActiveTenant(tenantId: string): Promise<{ tenantId: string }> {
  return api<{ tenantId: string }>('/api/auth/v1/me/active-tenant', {
    method: 'PUT',
    body: { tenantId },
  });
}

export const myInvitationsQuery = () =>
  queryOptions({
    queryKey: ['auth', 'me', 'invitations'],
    queryFn: ({ signal }) => api<MyInvitation[]>('/api/auth/v1/me/invitations', { signal }),
  });

export function acceptInvitation(invitationId: string): Promise<undefined> {
  return api<undefined>(`/api/auth/v1/me/invitations/${encodeURIComponent(invitationId)}/accept`, {
    method: 'POST',
  });
}
