/**
 * Reserved for the gateway's edge security (ARCHITECTURE.md §4), which is not built yet:
 * OAuth2 login as backend-for-frontend with the session in Redis, token relay to the
 * services, bearer tokens for partners, Redis token-bucket rate limits per
 * tenant/client/user, request size limits, CORS for the SPA origin and security headers.
 * Until it lands every route is open, so this gateway must not face the internet.
 */
package io.sentia.gateway.security;
