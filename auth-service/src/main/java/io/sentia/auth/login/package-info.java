/**
 * Browser sign-in at auth-service: the Sentia sign-in page, password check with
 * per-account lockout and per-address throttling, every attempt audited. A second factor
 * (TOTP) plugs in by declaring one {@code AuthenticationSuccessHandler} bean: it replaces
 * the default redirect after the password step (see {@code LoginSecurityConfiguration}).
 */
package io.sentia.auth.login;
