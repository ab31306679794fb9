import { useEffect } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { CSRF_COOKIE, readCookie, SignInRequired, takeReturnTo } from '../api/http';
import { activeRole, hasRole } from '../auth/roles';
import { MeProvider, useMeQuery } from '../auth/session';
import { ErrorPanel } from '../ui/ErrorPanel';
import { LoadingRegion } from '../ui/Skeleton';
import { UnreadBadge } from '../pages/alerts/UnreadBadge';
import { NAVIGATION } from './navigation';
import { TenantSwitcherSlot } from './TenantSwitcherSlot';

/**
 * Sends the user back to the page they were on before sign-in, once, and drops the
 * `continue` marker Spring Security adds when the gateway itself sent them to sign in.
 */
function useReturnAfterSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    const target = takeReturnTo();
    if (target !== undefined && target !== `${location.pathname}${location.search}`) {
      void navigate(target, { replace: true });
      return;
    }
    const params = new URLSearchParams(location.search);
    if (params.get('continue') === '') {
      params.delete('continue');
      const search = params.toString();
      void navigate(
        {
          pathname: location.pathname,
          search: search === '' ? '' : `?${search}`,
          hash: location.hash,
        },
        { replace: true },
      );
    }
  }, [navigate, location]);
}

export function AppShell() {
  useReturnAfterSignIn();
  const me = useMeQuery();

  if (me.isPending || me.error instanceof SignInRequired) {
    return (
      <div className="shell">
        <main id="main" className="content">
          <LoadingRegion label="your account" />
        </main>
      </div>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="content">
        <ErrorPanel
          title="Could not load your account"
          error={me.error}
          onRetry={() => void me.refetch()}
        />
      </main>
    );
  }
  const user = me.data;
  const role = activeRole(user);
  const tenant = user.memberships.find((membership) => membership.tenantId === user.activeTenantId);

  return (
    <MeProvider me={user}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        <header className="topbar">
          <span className="brand">Sentia</span>
          <span className="muted">{tenant?.tenantName}</span>
          <TenantSwitcherSlot me={user} />
          <span className="user">
            {user.name ?? user.email}
            {role !== undefined && <span className="role-badge">{role.toLowerCase()}</span>}
          </span>
          <form method="post" action="/logout" className="logout">
            <input type="hidden" name="_csrf" value={readCookie(CSRF_COOKIE) ?? ''} />
            <button type="submit" className="button button-quiet">
              Sign out
            </button>
          </form>
        </header>
        <nav className="sidebar" aria-label="Main">
          <ul>
            {NAVIGATION.filter((item) => hasRole(user, item.role)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                  {item.to === '/alerts' && <UnreadBadge />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </MeProvider>
  );
}
