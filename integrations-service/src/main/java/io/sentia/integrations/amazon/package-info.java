/**
 * Amazon SP-API connector: LWA access tokens, per-operation token buckets, orders
 * (searchOrders 2026-01-01) and FBA inventory summaries mapped to canonical events.
 */
package io.sentia.integrations.amazon;
