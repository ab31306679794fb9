import type { Role } from '../api/types';

export interface NavItem {
  to: string;
  label: string;
  /** The least role that may open the page; the services check again on every call. */
  role: Role;
}

/** The pages built so far, in the order they appear in the navigation. */
export const NAVIGATION: NavItem[] = [
  { to: '/', label: 'Overview', role: 'VIEWER' },
  { to: '/sales', label: 'Sales', role: 'VIEWER' },
  { to: '/forecasts', label: 'Forecasts', role: 'VIEWER' },
  { to: '/planning', label: 'Inventory planning', role: 'VIEWER' },
  { to: '/cash', label: 'Working capital & cash', role: 'VIEWER' },
  { to: '/alerts', label: 'Alerts', role: 'VIEWER' },
  { to: '/integrations', label: 'Integrations', role: 'VIEWER' },
  { to: '/admin', label: 'Administration', role: 'ADMIN' },
  { to: '/account', label: 'Your account', role: 'VIEWER' },
];
