import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { chooseActiveTenant } from '../api/account';
import { signIn } from '../api/http';
import type { Me } from '../api/types';
import { errorMessage } from '../ui/ErrorPanel';

/**
 * Switching the organisation: auth-service stores the choice (PUT
 * /api/auth/v1/me/active-tenant) and puts it into the next token it issues, but the gateway's
 * session keeps its current token until that expires. So after the choice is stored the app
 * signs in again (the gateway's /oauth2/authorization/sentia): while auth-service's own sign-in
 * session lasts this needs no password, and the gateway's new session carries a token of the
 * chosen tenant. The page the user was on is remembered and reopened.
 */
export function useSwitchTenant() {
  return useMutation({
    mutationFn: (tenantId: string) => chooseActiveTenant(tenantId),
    onSuccess: () => {
      signIn();
    },
  });
}

/** The header's organisation chooser, for people who belong to more than one. */
export function TenantSwitcher({ me }: { me: Me }) {
  const switchTenant = useSwitchTenant();
  if (me.memberships.length < 2) {
    return null;
  }
  return (
    <div className="tenant-switcher">
      <Select
        className="picker picker-inline"
        value={me.activeTenantId}
        isDisabled={switchTenant.isPending || switchTenant.isSuccess}
        onChange={(key) => {
          if (key !== null && String(key) !== me.activeTenantId) {
            switchTenant.mutate(String(key));
          }
        }}
      >
        <Label>Organisation</Label>
        <Button className="button picker-button">
          <SelectValue />
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover">
          <ListBox
            className="listbox"
            items={me.memberships.map((m) => ({ ...m, id: m.tenantId }))}
          >
            {(membership) => (
              <ListBoxItem
                id={membership.tenantId}
                className="listbox-item"
                textValue={membership.tenantName}
              >
                {membership.tenantName}
                <span className="muted"> · {membership.role.toLowerCase()}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </Select>
      <span role="status" className="muted">
        {switchTenant.isPending || switchTenant.isSuccess ? 'Switching…' : ''}
      </span>
      {switchTenant.isError && (
        <span role="alert" className="tenant-switch-error">
          Not switched: {errorMessage(switchTenant.error)}
        </span>
      )}
    </div>
  );
}
