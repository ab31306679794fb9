import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { invite, ROLES, type PendingInvitation } from '../../api/admin';
import type { Role } from '../../api/types';
import { dateTime } from '../../format/instant';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';

/**
 * Invites a person by e-mail with a role. auth-service mails them a link; they become a
 * member when they accept. auth-service has no list of pending invitations, so the page
 * shows the ones sent from here, as the API answered them.
 */
export function Invitations() {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [sent, setSent] = useState<PendingInvitation[]>([]);
  const send = useMutation({
    mutationFn: invite,
    onSuccess: (answer) => {
      setSent((previous) => [answer, ...previous]);
      setEmail('');
      setName('');
    },
  });

  return (
    <Card title="Invitations" wide>
      <Form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate({ email: email.trim(), name: name.trim(), role });
        }}
      >
        <TextField
          className="field"
          type="email"
          value={email}
          onChange={setEmail}
          isRequired
          maxLength={320}
        >
          <Label>E-mail</Label>
          <Input />
        </TextField>
        <TextField className="field" value={name} onChange={setName} isRequired maxLength={200}>
          <Label>Name</Label>
          <Input />
        </TextField>
        <Picker
          label="Role"
          value={role}
          options={ROLES.map((id) => ({ id, label: id.toLowerCase() }))}
          onChange={setRole}
        />
        <Button type="submit" className="button button-primary" isPending={send.isPending}>
          Send invitation
        </Button>
      </Form>
      {send.isError && <ErrorPanel title="The invitation was not sent" error={send.error} />}
      <h3>Sent from this page</h3>
      {sent.length === 0 ? (
        <p className="muted">
          None yet. Each invitation works for 72 hours; the person becomes a member when they accept
          it.
        </p>
      ) : (
        <ul className="plain-list" aria-label="Invitations sent">
          {sent.map((invitation) => (
            <li key={invitation.invitationId}>
              <strong>{invitation.email}</strong> as{' '}
              <span className="role-badge">{invitation.role.toLowerCase()}</span>
              <span className="muted"> · open until {dateTime(invitation.expiresAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
