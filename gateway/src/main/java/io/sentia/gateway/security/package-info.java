/**
 * The gateway's edge security (ARCHITECTURE.md §4): two security chains, one for partners
 * calling with bearer tokens and one for the SPA's browser session, and which paths are
 * public. Features live in sub-packages: login (backend-for-frontend), partner tokens,
 * rate limits, body size limits, CORS and security headers, Redis.
 */
package io.sentia.gateway.security;
