import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { AuditLog } from './AuditLog';
import { Invitations } from './Invitations';
import { Members } from './Members';
import { PartnerClients } from './PartnerClients';

/** The ADMIN's page: members and roles, invitations, partner API clients, the audit log. */
export function AdminPage() {
  const me = useMe();
  if (!hasRole(me, 'ADMIN')) {
    return (
      <>
        <div className="page-header">
          <h1>Administration</h1>
        </div>
        <ErrorPanel
          title="Not available"
          error={new Error('Only an ADMIN of this organisation can administer it.')}
        />
      </>
    );
  }
  return (
    <>
      <div className="page-header">
        <h1>Administration</h1>
      </div>
      <Members />
      <Invitations />
      <PartnerClients />
      <AuditLog />
    </>
  );
}
