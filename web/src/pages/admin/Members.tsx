import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { changeMember, membersQuery, ROLES, type Member, type MemberChange } from '../../api/admin';
import type { Role } from '../../api/types';
import { useMe } from '../../auth/session';
import { dateTime } from '../../format/instant';
import { Card } from '../../ui/Card';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';
import { Export } from '../../ui/Export';

const helper = createColumnHelper<Features, Member>();

function RoleSelect({
  member,
  isDisabled,
  onChange,
}: {
  member: Member;
  isDisabled: boolean;
  onChange: (role: Role) => void;
}) {
  return (
    <Select
      className="picker picker-inline"
      aria-label={`Role of ${member.name}`}
      value={member.role}
      isDisabled={isDisabled}
      onChange={(key) => {
        if (key !== null && key !== member.role) {
          onChange(String(key) as Role);
        }
      }}
    >
      <Button className="button picker-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {ROLES.map((role) => (
            <ListBoxItem key={role} id={role} className="listbox-item">
              {role.toLowerCase()}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

function flags(member: Member): string {
  return [
    member.passwordSet ? null : 'no password yet',
    member.mfaEnabled ? 'two-step sign-in' : null,
    member.locked ? 'locked after failed sign-ins' : null,
  ]
    .filter((flag) => flag !== null)
    .join(', ');
}

/** The tenant's members: change a role, remove someone (their account stays). */
export function Members() {
  const me = useMe();
  const client = useQueryClient();
  const members = useQuery(membersQuery());
  const [done, setDone] = useState('');
  const change = useMutation({
    mutationFn: ({ member, change }: { member: Member; change: MemberChange }) =>
      changeMember(member.userId, change),
    onSuccess: async (_answer, { member, change }) => {
      setDone(
        change.active === false
          ? `${member.name} is no longer a member.`
          : `${member.name} is now ${String(change.role).toLowerCase()}.`,
      );
      await client.invalidateQueries({ queryKey: membersQuery().queryKey });
    },
    onMutate: () => {
      setDone('');
    },
  });

  const columns = useMemo<TableColumn<Member>[]>(
    () =>
      helper.columns([
        helper.accessor('name', { header: 'Name', sortFn: 'text' }),
        helper.accessor('email', { header: 'E-mail', sortFn: 'text' }),
        helper.accessor('role', {
          header: 'Role',
          cell: (info) => (
            <RoleSelect
              member={info.row.original}
              isDisabled={change.isPending}
              onChange={(role) => {
                change.mutate({ member: info.row.original, change: { role } });
              }}
            />
          ),
        }),
        helper.accessor((member) => flags(member), { id: 'sign-in', header: 'Sign-in' }),
        helper.accessor('memberSince', {
          header: 'Member since',
          cell: (info) => dateTime(info.getValue() as string),
        }),
        helper.display({
          id: 'actions',
          header: 'Actions',
          cell: (info) => {
            const member = info.row.original;
            return (
              <ConfirmButton
                label={`Remove ${member.name}`}
                title={`Remove ${member.name}?`}
                confirmLabel="Remove from the organisation"
                isDisabled={change.isPending}
                onConfirm={() => {
                  change.mutate({ member, change: { active: false } });
                }}
              >
                <p>
                  {member.name} ({member.email}) can no longer sign in to this organisation. Their
                  account and their other organisations stay.
                  {member.userId === me.id && ' This is you: you lose access at once.'}
                </p>
              </ConfirmButton>
            );
          },
        }),
      ]),
    [change, me.id],
  );

  return (
    <Card
      title="Members"
      wide
      actions={
        members.isSuccess && (
          <Export
            fileName="members"
            header={[
              'name',
              'email',
              'role',
              'password set',
              'two-step sign-in',
              'locked',
              'member since',
            ]}
            rows={() =>
              members.data.map((m) => [
                m.name,
                m.email,
                m.role,
                m.passwordSet,
                m.mfaEnabled,
                m.locked,
                m.memberSince,
              ])
            }
          />
        )
      }
    >
      {members.isPending && <LoadingRegion label="members" lines={5} />}
      {members.isError && (
        <ErrorPanel
          title="Members could not be loaded"
          error={members.error}
          onRetry={() => void members.refetch()}
        />
      )}
      {change.isError && <ErrorPanel title="The change was not made" error={change.error} />}
      <p role="status">{done}</p>
      {members.isSuccess && <DataTable label="Members" data={members.data} columns={columns} />}
    </Card>
  );
}
