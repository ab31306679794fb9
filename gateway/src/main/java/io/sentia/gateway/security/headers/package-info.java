/**
 * What browsers are told: CORS for the SPA's origin only, and the security headers (HSTS,
 * CSP, nosniff, frame and referrer policy) on every response.
 */
package io.sentia.gateway.security.headers;
