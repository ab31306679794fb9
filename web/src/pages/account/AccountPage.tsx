import { useMe } from '../../auth/session';
import { Mfa } from './Mfa';
import { Organisations } from './Organisations';

/** Every signed-in user's own account: two-step sign-in and the organisations they are in. */
export function AccountPage() {
  const me = useMe();
  return (
    <>
      <div className="page-header">
        <h1>Your account</h1>
        <span className="muted">
          {me.name ?? me.email}
          {me.name != null && ` · ${me.email}`}
        </span>
      </div>
      <Mfa />
      <Organisations />
    </>
  );
}
