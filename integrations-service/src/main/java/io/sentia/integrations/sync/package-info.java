/**
 * The sync engine: per connection and stream a cursor from the provider's own timestamps,
 * incremental, backfill and reconciliation runs with persisted progress, the runs API
 * with live progress, schedules and sync health metrics.
 */
package io.sentia.integrations.sync;
