import type { Provider } from '../../api/integrations';

export interface ProviderField {
  name: string;
  label: string;
  placeholder?: string;
  required?: boolean;
}

export interface ProviderForm {
  label: string;
  /** What `account` is for this provider; absent where an OAuth consent supplies it. */
  account?: ProviderField;
  /** The connector's `requiredSecrets()`, write-only. */
  secrets: ProviderField[];
  /** Non-secret settings the connector documents. */
  settings: ProviderField[];
  /** Connected through the provider's consent page rather than pasted credentials. */
  oauth?: boolean;
  regionHint: string;
}

/** What each connector needs, as integrations-service/README.md documents it. */
export const PROVIDERS: Record<Provider, ProviderForm> = {
  shopify: {
    label: 'Shopify',
    account: {
      name: 'account',
      label: 'Shop domain',
      placeholder: 'my-shop.myshopify.com',
      required: true,
    },
    secrets: [
      { name: 'accessToken', label: 'Admin API access token', required: true },
      { name: 'apiSecret', label: 'App client secret (verifies webhooks)', required: true },
    ],
    settings: [{ name: 'apiVersion', label: 'API version (optional)', placeholder: '2026-07' }],
    regionHint: 'UK, EU or US',
  },
  amazon: {
    label: 'Amazon Seller Central',
    account: { name: 'account', label: 'Seller account', required: true },
    secrets: [
      { name: 'refreshToken', label: 'LWA refresh token', required: true },
      { name: 'clientId', label: 'LWA client id', required: true },
      { name: 'clientSecret', label: 'LWA client secret', required: true },
    ],
    settings: [
      {
        name: 'marketplaceId',
        label: 'Marketplace id (optional)',
        placeholder: 'A1F83G8C2ARO7P',
      },
    ],
    regionHint: 'UK (EU endpoint) or US (NA endpoint)',
  },
  unleashed: {
    label: 'Unleashed',
    account: { name: 'account', label: 'Unleashed API id', required: true },
    secrets: [
      { name: 'apiId', label: 'API id', required: true },
      { name: 'apiKey', label: 'API key', required: true },
    ],
    settings: [],
    regionHint: 'e.g. UK',
  },
  xero: {
    label: 'Xero',
    secrets: [],
    settings: [],
    oauth: true,
    regionHint: 'e.g. UK',
  },
  mail: {
    label: 'Microsoft 365 mailbox (spreadsheet attachments)',
    account: {
      name: 'account',
      label: 'Mailbox',
      placeholder: 'uploads@example.com',
      required: true,
    },
    secrets: [
      { name: 'tenantId', label: 'Azure AD tenant id or domain', required: true },
      { name: 'clientId', label: 'App (client) id', required: true },
      { name: 'clientSecret', label: 'Client secret', required: true },
    ],
    settings: [
      { name: 'folder', label: 'Folder (optional)', placeholder: 'inbox' },
      { name: 'processedFolder', label: 'Processed folder (optional)', placeholder: 'Processed' },
      {
        name: 'allowedSenders',
        label: 'Allowed senders',
        placeholder: 'orders@supplier.example, @supplier.example',
      },
      { name: 'defaultKind', label: 'Default kind (optional)', placeholder: 'orders' },
    ],
    regionHint: 'e.g. UK',
  },
};

export const PROVIDER_IDS = Object.keys(PROVIDERS) as Provider[];
