/**
 * The outbox of deliveries: one row per message to one target, written in the transaction
 * that decided it, drained by a dispatcher that calls the channel's
 * {@link io.sentia.notifications.delivery.ChannelSender} outside any transaction with
 * back-off, per-target ordering, rate limits and circuit breakers; the delivery log and
 * replay; and the health that shows waiting mail.
 */
package io.sentia.notifications.outbox;
