/**
 * The cash-shortfall watch: recomputes the outlook of each tenant whose data changed,
 * asks {@link io.sentia.analytics.cash.shortfall.ShortfallMonitor} with the stored open
 * episode, stores the decision and publishes {@code AlertRaised} on {@code alerts.v1}
 * through the transactional outbox, once per episode.
 */
package io.sentia.analytics.outlook.shortfall;
