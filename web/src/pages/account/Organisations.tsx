import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { acceptInvitation, myInvitationsQuery } from '../../api/account';
import { useSwitchTenant } from '../../app/TenantSwitcher';
import { useMe } from '../../auth/session';
import { dateTime } from '../../format/instant';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

/**
 * The organisations the user belongs to (switch to another), and the invitations into new
 * ones waiting for them (accept; the new organisation then appears in the switcher).
 */
export function Organisations() {
  const me = useMe();
  const client = useQueryClient();
  const switchTenant = useSwitchTenant();
  const invitations = useQuery(myInvitationsQuery());
  const accept = useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['me'] }),
        client.invalidateQueries({ queryKey: myInvitationsQuery().queryKey }),
      ]);
    },
  });

  return (
    <Card title="Organisations" wide>
      <ul className="plain-list membership-list" aria-label="Your organisations">
        {me.memberships.map((membership) => {
          const active = membership.tenantId === me.activeTenantId;
          return (
            <li key={membership.tenantId}>
              <span>
                <strong>{membership.tenantName}</strong>{' '}
                <span className="role-badge">{membership.role.toLowerCase()}</span>
                {active && <span className="muted"> · signed in to this one</span>}
              </span>
              {!active && (
                <Button
                  className="button"
                  isPending={
                    switchTenant.isPending && switchTenant.variables === membership.tenantId
                  }
                  isDisabled={switchTenant.isPending || switchTenant.isSuccess}
                  onPress={() => {
                    switchTenant.mutate(membership.tenantId);
                  }}
                >
                  Switch to {membership.tenantName}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {me.memberships.length > 1 && (
        <p className="muted">
          Switching signs you in again to the chosen organisation; you are asked for your password
          only if your sign-in has expired.
        </p>
      )}
      {switchTenant.isError && (
        <ErrorPanel title="The organisation was not switched" error={switchTenant.error} />
      )}

      <h3>Invitations waiting for you</h3>
      {invitations.isPending && <LoadingRegion label="your invitations" lines={2} />}
      {invitations.isError && (
        <ErrorPanel
          title="Your invitations could not be loaded"
          error={invitations.error}
          onRetry={() => void invitations.refetch()}
        />
      )}
      {invitations.isSuccess && invitations.data.length === 0 && (
        <p className="muted">No open invitations.</p>
      )}
      {invitations.isSuccess && invitations.data.length > 0 && (
        <ul className="plain-list membership-list" aria-label="Invitations waiting for you">
          {invitations.data.map((invitation) => (
            <li key={invitation.invitationId}>
              <span>
                <strong>{invitation.tenantName}</strong> invites you as{' '}
                <span className="role-badge">{invitation.role.toLowerCase()}</span>
                <span className="muted"> · until {dateTime(invitation.expiresAt)}</span>
              </span>
              <Button
                className="button"
                isPending={accept.isPending && accept.variables === invitation.invitationId}
                isDisabled={accept.isPending}
                onPress={() => {
                  accept.mutate(invitation.invitationId);
                }}
              >
                Join {invitation.tenantName}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {accept.isError && (
        <ErrorPanel title="The invitation was not accepted" error={accept.error} />
      )}
    </Card>
  );
}
