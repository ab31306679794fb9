import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import {
  integrationsApi,
  type Connection,
  type NewConnection as NewConnectionBody,
  type Provider,
} from '../../api/integrations';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { problemFields } from '../alerts/problems';
import { PROVIDER_IDS, PROVIDERS } from './providers';

/**
 * Sends the browser to Xero's consent page for a connection. The consent is opened in a
 * window of its own (Xero returns to the gateway's callback, which says "you can close this
 * window"); where the browser blocks it, this window goes instead.
 */
export async function connectXero(
  connectionId: string,
  popup: Window | null = window.open('', '_blank'),
): Promise<void> {
  try {
    const link = await integrationsApi.xeroAuthorize(connectionId);
    if (popup !== null && !popup.closed) {
      popup.opener = null;
      popup.location.href = link.authorizeUrl;
    } else {
      window.location.assign(link.authorizeUrl);
    }
  } catch (error) {
    popup?.close();
    throw error;
  }
}

function ConnectionForm({ onCreated, close }: { onCreated: () => void; close: () => void }) {
  const [provider, setProvider] = useState<Provider>('shopify');
  const [displayName, setDisplayName] = useState('');
  const [region, setRegion] = useState('UK');
  const [values, setValues] = useState<Record<string, string>>({});
  const form = PROVIDERS[provider];
  const create = useMutation({
    mutationFn: async ({ body, popup }: { body: NewConnectionBody; popup: Window | null }) => {
      let created: Connection;
      try {
        created = await integrationsApi.createConnection(body);
      } catch (error) {
        popup?.close();
        throw error;
      }
      if (form.oauth === true) {
        await connectXero(created.id, popup);
      }
      return created;
    },
    onSuccess: () => {
      onCreated();
      close();
    },
  });
  const field = (name: string) => values[name] ?? '';
  const set = (name: string, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
  };
  // A 400 names `credentials.apiKey`, `account`, `region`: the fields below carry those names.
  const errors = problemFields(create.error);

  return (
    <Form
      className="rule-form"
      validationErrors={errors}
      onSubmit={(event) => {
        event.preventDefault();
        const pick = (fields: { name: string }[]) =>
          Object.fromEntries(
            fields
              .map((entry) => [entry.name, field(entry.name).trim()] as const)
              .filter(([, value]) => value !== ''),
          );
        const body: NewConnectionBody = { provider, displayName: displayName.trim() };
        if (region.trim() !== '') {
          body.region = region.trim().toUpperCase();
        }
        if (form.account !== undefined && field('account').trim() !== '') {
          body.account = field('account').trim();
        }
        const settings = pick(form.settings);
        if (Object.keys(settings).length > 0) {
          body.settings = settings;
        }
        const credentials = pick(form.secrets);
        if (form.secrets.length > 0) {
          body.credentials = credentials;
        }
        // The consent window must open in the click itself, or the browser blocks it.
        create.mutate({ body, popup: form.oauth === true ? window.open('', '_blank') : null });
      }}
    >
      <Picker
        label="Provider"
        value={provider}
        options={PROVIDER_IDS.map((id) => ({ id, label: PROVIDERS[id].label }))}
        onChange={(value) => {
          setProvider(value);
          setValues({});
        }}
      />
      <div className="form-row">
        <TextField
          className="field field-wide"
          name="displayName"
          isRequired
          value={displayName}
          onChange={setDisplayName}
        >
          <Label>Name</Label>
          <Input placeholder={`${form.label} (UK)`} />
          <FieldError className="field-error" />
        </TextField>
        <TextField className="field" name="region" value={region} onChange={setRegion}>
          <Label>Region ({form.regionHint})</Label>
          <Input />
          <FieldError className="field-error" />
        </TextField>
        {form.account !== undefined && (
          <TextField
            className="field field-wide"
            name="account"
            isRequired={form.account.required}
            value={field('account')}
            onChange={(value) => {
              set('account', value);
            }}
          >
            <Label>{form.account.label}</Label>
            <Input placeholder={form.account.placeholder} />
            <FieldError className="field-error" />
          </TextField>
        )}
      </div>
      {form.secrets.length > 0 && (
        <fieldset className="choice-group">
          <legend>Credentials (stored encrypted, never shown again)</legend>
          {form.secrets.map((secret) => (
            <TextField
              key={secret.name}
              className="field field-wide"
              name={`credentials.${secret.name}`}
              isRequired={secret.required}
              value={field(secret.name)}
              onChange={(value) => {
                set(secret.name, value);
              }}
            >
              <Label>{secret.label}</Label>
              <Input type="password" autoComplete="off" />
              <FieldError className="field-error" />
            </TextField>
          ))}
        </fieldset>
      )}
      {form.settings.length > 0 && (
        <fieldset className="choice-group">
          <legend>Settings</legend>
          {form.settings.map((setting) => (
            <TextField
              key={setting.name}
              className="field field-wide"
              name={`settings.${setting.name}`}
              value={field(setting.name)}
              onChange={(value) => {
                set(setting.name, value);
              }}
            >
              <Label>{setting.label}</Label>
              <Input placeholder={setting.placeholder} />
              <FieldError className="field-error" />
            </TextField>
          ))}
        </fieldset>
      )}
      {form.oauth === true && (
        <p className="muted">
          Saving opens Xero’s consent page in a new window: sign in to Xero there and choose the
          organisation. The connection reads its books once you allow it.
        </p>
      )}
      {create.isError && <ErrorPanel title="The connection was not made" error={create.error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isPending={create.isPending}>
          {form.oauth === true ? 'Save and connect to Xero' : 'Save connection'}
        </Button>
      </div>
    </Form>
  );
}

/** Adding a connection (OPERATOR+): the fields the chosen provider needs. */
export function NewConnection({ onCreated }: { onCreated: () => void }) {
  return (
    <DialogTrigger>
      <Button className="button button-primary">Add a connection</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">Add a connection</Heading>
                <ConnectionForm onCreated={onCreated} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function CredentialsForm({
  connection,
  onSaved,
  close,
}: {
  connection: Connection;
  onSaved: () => void;
  close: () => void;
}) {
  const secrets = PROVIDERS[connection.provider].secrets;
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (credentials: Record<string, string>) =>
      integrationsApi.changeConnection(connection.id, { credentials }),
    onSuccess: () => {
      onSaved();
      close();
    },
  });
  return (
    <Form
      className="rule-form"
      validationErrors={problemFields(save.error)}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          Object.fromEntries(secrets.map((secret) => [secret.name, values[secret.name] ?? ''])),
        );
      }}
    >
      <p className="muted">
        The new values replace every stored credential of this connection; they are stored encrypted
        and never shown again.
      </p>
      {secrets.map((secret) => (
        <TextField
          key={secret.name}
          className="field field-wide"
          name={`credentials.${secret.name}`}
          isRequired={secret.required}
          value={values[secret.name] ?? ''}
          onChange={(value) => {
            setValues((previous) => ({ ...previous, [secret.name]: value }));
          }}
        >
          <Label>{secret.label}</Label>
          <Input type="password" autoComplete="off" />
          <FieldError className="field-error" />
        </TextField>
      ))}
      {save.isError && <ErrorPanel title="The credentials were not saved" error={save.error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          Save credentials
        </Button>
      </div>
    </Form>
  );
}

/** Replacing a connection's credentials (an expired key, a rotated secret): OPERATOR+. */
export function ReplaceCredentials({
  connection,
  onSaved,
}: {
  connection: Connection;
  onSaved: () => void;
}) {
  return (
    <DialogTrigger>
      <Button className="button button-quiet">
        Replace credentials
        <span className="visually-hidden">: {connection.displayName}</span>
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-small">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">Credentials of {connection.displayName}</Heading>
                <CredentialsForm connection={connection} onSaved={onSaved} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
