/**
 * JWT signing keys: RSA key pairs stored encrypted, published as the JWK set, rotated on
 * a schedule or on demand without invalidating tokens already issued.
 */
package io.sentia.auth.key;
