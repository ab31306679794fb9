/**
 * Secrets at rest: the service's envelope sealer (service-kit's
 * {@link io.sentia.servicekit.crypto.EnvelopeSealer}) under the key-encryption key from
 * {@code SENTIA_NOTIFICATIONS_SECRETS_KEK}, and the sealing of links that carry a token.
 */
package io.sentia.notifications.secrets;
