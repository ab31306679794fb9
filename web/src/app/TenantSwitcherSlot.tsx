import { lazy, Suspense } from 'react';
import type { Me } from '../api/types';

/** Loaded only for people in several organisations, so the first page load does not carry it. */
const TenantSwitcher = lazy(async () => ({
  default: (await import('./TenantSwitcher')).TenantSwitcher,
}));

/** The header's place for the organisation chooser; empty for people in one organisation. */
export function TenantSwitcherSlot({ me }: { me: Me }) {
  if (me.memberships.length < 2) {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <TenantSwitcher me={me} />
    </Suspense>
  );
}
