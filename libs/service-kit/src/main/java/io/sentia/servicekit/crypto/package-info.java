/**
 * Envelope encryption of secrets at rest:
 * {@link io.sentia.servicekit.crypto.EnvelopeSealer} seals each secret under a fresh
 * AES-256-GCM data key wrapped by a versioned
 * {@link io.sentia.servicekit.crypto.KeyEncryptionKey}, so a key rotation re-wraps data
 * keys without touching the values.
 */
package io.sentia.servicekit.crypto;
