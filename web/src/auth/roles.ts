import type { Me, Role } from '../api/types';

/** Each role includes the ones below it, as the services check them. */
const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, MANAGER: 2, ADMIN: 3 };

export function activeRole(me: Me): Role | undefined {
  return me.memberships.find((membership) => membership.tenantId === me.activeTenantId)?.role;
}

export function hasRole(me: Me, needed: Role): boolean {
  const role = activeRole(me);
  return role !== undefined && RANK[role] >= RANK[needed];
}
