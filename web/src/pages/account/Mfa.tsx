import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import {
  confirmTotp,
  removeTotp,
  startTotpEnrolment,
  type RecoveryCodeSet,
  type TotpEnrolment,
} from '../../api/account';
import { Card } from '../../ui/Card';
import { CopyButton } from '../../ui/CopyButton';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { QrCode } from './QrCode';

/** Secrets and recovery codes live in component state only; no cache keeps them. */
const FORGET_AT_ONCE = { gcTime: 0 } as const;

/** The base32 secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function Enrolment({
  enrolment,
  onConfirmed,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onConfirmed: (codes: RecoveryCodeSet) => void;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const confirm = useMutation({
    ...FORGET_AT_ONCE,
    mutationFn: confirmTotp,
    onSuccess: onConfirmed,
  });
  return (
    <div className="mfa-enrolment">
      <ol className="steps">
        <li>
          Scan this code with an authenticator app (for example Google Authenticator, Microsoft
          Authenticator, 1Password or Bitwarden).
          <QrCode
            value={enrolment.otpauthUri}
            label="QR code to add Sentia to your authenticator app"
          />
        </li>
        <li>
          Or type this key into the app by hand:{' '}
          <code className="secret" aria-label="Key for the authenticator app">
            {grouped(enrolment.secret)}
          </code>
        </li>
        <li>
          <Form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              confirm.mutate(code.replace(/\s/g, ''));
            }}
          >
            <TextField
              className="field"
              value={code}
              onChange={setCode}
              isRequired
              maxLength={40}
              autoComplete="one-time-code"
              inputMode="numeric"
            >
              <Label>Code the app shows now</Label>
              <Input />
            </TextField>
            <Button type="submit" className="button button-primary" isPending={confirm.isPending}>
              Turn on
            </Button>
            <Button className="button button-quiet" onPress={onCancel}>
              Cancel
            </Button>
          </Form>
        </li>
      </ol>
      {confirm.isError && (
        <ErrorPanel title="The authenticator app was not turned on" error={confirm.error} />
      )}
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="recovery-codes" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">Your recovery codes</h3>
      <p>
        Sign-in now asks for a code from your app. If you lose the phone, each of these codes works
        once instead. They are shown only now: store them somewhere safe, such as a password
        manager.
      </p>
      <ul className="code-list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <CopyButton value={codes.join('\n')} label="Copy the codes" />
        <Button className="button button-primary" onPress={onDone}>
          I have stored them
        </Button>
      </div>
    </div>
  );
}

function Removal({ onRemoved }: { onRemoved: () => void }) {
  const [code, setCode] = useState('');
  const remove = useMutation({ mutationFn: removeTotp, onSuccess: onRemoved });
  return (
    <Form
      className="inline-form"
      aria-labelledby="mfa-remove-title"
      onSubmit={(event) => {
        event.preventDefault();
        remove.mutate(code.trim(), {
          onSuccess: () => {
            setCode('');
          },
        });
      }}
    >
      <h3 id="mfa-remove-title">Remove the authenticator app</h3>
      <p className="muted">
        Prove it is you with the code the app shows now, or with an unused recovery code. Sign-in
        then asks for your password only.
      </p>
      <TextField
        className="field"
        value={code}
        onChange={setCode}
        isRequired
        maxLength={40}
        autoComplete="one-time-code"
      >
        <Label>Code or recovery code</Label>
        <Input />
      </TextField>
      <Button type="submit" className="button" isPending={remove.isPending}>
        Remove
      </Button>
      {remove.isError && (
        <ErrorPanel title="The authenticator app was not removed" error={remove.error} />
      )}
    </Form>
  );
}

/**
 * Two-step sign-in with a TOTP app: start (the QR code and key, once), confirm with a code
 * (the recovery codes, once), or remove. auth-service's /api/me does not say whether the
 * factor is on, so both actions are offered and the service's answer (409) says which applies.
 */
export function Mfa() {
  const client = useQueryClient();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | undefined>();
  const [codes, setCodes] = useState<string[] | undefined>();
  const [removed, setRemoved] = useState(false);
  const start = useMutation({
    ...FORGET_AT_ONCE,
    mutationFn: startTotpEnrolment,
    onSuccess: (answer) => {
      setRemoved(false);
      setEnrolment(answer);
    },
  });
  const changed = () => client.invalidateQueries({ queryKey: ['auth', 'admin', 'users'] });

  return (
    <Card title="Two-step sign-in" wide>
      {codes !== undefined ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(undefined);
          }}
        />
      ) : enrolment !== undefined ? (
        <Enrolment
          enrolment={enrolment}
          onConfirmed={(answer) => {
            setEnrolment(undefined);
            start.reset();
            setCodes(answer.recoveryCodes);
            void changed();
          }}
          onCancel={() => {
            setEnrolment(undefined);
            start.reset();
          }}
        />
      ) : (
        <>
          <p>
            With an authenticator app, signing in asks for your password and a code from your phone,
            so a stolen password alone is not enough.
          </p>
          <Button
            className="button button-primary"
            isPending={start.isPending}
            onPress={() => {
              start.mutate();
            }}
          >
            Set up an authenticator app
          </Button>
          {start.isError && <ErrorPanel title="Setting up was not started" error={start.error} />}
          {removed && <p role="status">The authenticator app is removed.</p>}
          <Removal
            onRemoved={() => {
              setRemoved(true);
              start.reset();
              void changed();
            }}
          />
        </>
      )}
    </Card>
  );
}
