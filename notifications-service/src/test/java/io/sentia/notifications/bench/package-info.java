/**
 * Measurements of notifications-service (run by {@code bench/notifications/*.sh} with
 * {@code -Dsentia.measure=true}, skipped in the normal build): fan-out latency per
 * channel, and webhook deliveries across a receiver's outage.
 */
package io.sentia.notifications.bench;
