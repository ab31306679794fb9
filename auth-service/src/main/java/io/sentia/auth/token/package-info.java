/**
 * Tokens: the authorization server's lifetimes, the Sentia claims of access and ID
 * tokens, refresh-token rotation with reuse detection, and clean-up of expired
 * authorizations.
 */
package io.sentia.auth.token;
