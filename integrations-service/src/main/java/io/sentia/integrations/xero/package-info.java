/**
 * Xero connector: OAuth 2 authorization code with PKCE and rotating refresh tokens, the
 * accounting streams (invoices and bills, payments, bank transactions) mapped to finance
 * events, the per-organisation rate policy and the signed {@code POST /webhooks/xero}.
 */
package io.sentia.integrations.xero;
