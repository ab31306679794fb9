/**
 * How auth-service sits behind the gateway: which peers may speak for the client through
 * {@code X-Forwarded-*} headers, so redirects name the public origin and throttles see
 * the real client address.
 */
package io.sentia.auth.proxy;
