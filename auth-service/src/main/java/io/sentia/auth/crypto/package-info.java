/**
 * Encryption of the service's own secrets at rest (signing keys, TOTP secrets).
 */
package io.sentia.auth.crypto;
