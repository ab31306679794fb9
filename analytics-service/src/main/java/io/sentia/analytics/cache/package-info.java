/**
 * The answers cache: dashboard answers kept per tenant in process (Caffeine) and in
 * Redis, and dropped by the events that change them, not only by time.
 */
package io.sentia.analytics.cache;
