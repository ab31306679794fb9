/**
 * OAuth2 clients: partner systems of a tenant
 * ({@link io.sentia.auth.client.PartnerClients}) and the scopes they may hold.
 */
package io.sentia.auth.client;
