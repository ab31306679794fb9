/**
 * Partner access: requests carrying {@code Authorization: Bearer} are checked as a
 * resource server would (RS256 only, issuer, audience, expiry) and passed on with the
 * same header.
 */
package io.sentia.gateway.security.partner;
