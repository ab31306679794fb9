/**
 * Backend-for-frontend for the SPA: OAuth2 login at auth-service (authorization code with
 * PKCE), the session and the user's tokens kept in Redis behind the
 * {@code SENTIA_SESSION} cookie, CSRF tokens the SPA can read, token relay to the
 * services and OIDC logout. The browser never sees a token.
 */
package io.sentia.gateway.security.login;
