import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../api/types';
import { activeRole, hasRole } from './roles';

function member(role: Role): Me {
  return {
    id: 'u',
    email: 'u@example.com',
    activeTenantId: 't-2',
    memberships: [
      { tenantId: 't-1', tenantName: 'Other', role: 'ADMIN' },
      { tenantId: 't-2', tenantName: 'Active', role },
    ],
  };
}

describe('roles', () => {
  it('takes the role of the active tenant, not of another membership', () => {
    expect(activeRole(member('VIEWER'))).toBe('VIEWER');
    expect(hasRole(member('VIEWER'), 'ADMIN')).toBe(false);
  });

  it('lets a higher role do what a lower one may', () => {
    expect(hasRole(member('MANAGER'), 'OPERATOR')).toBe(true);
    expect(hasRole(member('OPERATOR'), 'MANAGER')).toBe(false);
  });
});
