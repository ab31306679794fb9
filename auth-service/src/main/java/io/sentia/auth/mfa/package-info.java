/**
 * Second factor: TOTP (RFC 6238) enrolment, confirmation and removal for the signed-in
 * user, single-use recovery codes, and the code check the login flow asks for.
 */
package io.sentia.auth.mfa;
