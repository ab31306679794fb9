/**
 * Transactional outbox: {@link io.sentia.servicekit.outbox.OutboxPublisher} writes an
 * event row in the caller's transaction and
 * {@link io.sentia.servicekit.outbox.OutboxRelay} sends pending rows to Kafka until the
 * broker acknowledges them.
 * <p>
 * ARCHITECTURE.md names Spring Modulith's JDBC event publication registry as the intended
 * mechanism; this hand-written relay is the accepted equivalent because it guarantees
 * what the registry, as we would use it, does not out of the box:
 * <ul>
 * <li>a stable {@code ce_id}: the id and every header are fixed when the row is written,
 * so a re-send after a crash or an outage carries the same id and consumers can
 * deduplicate;
 * <li>retry during a broker outage without a restart: the relay keeps polling with
 * back-off, whereas the registry re-submits incomplete publications only on start-up or
 * when asked to;
 * <li>per-key ordering: rows go out in creation order and a batch stops at its first
 * failure, so the last copy of an entity's events in the log is always the newest;
 * <li>replicas: rows are claimed with {@code FOR UPDATE SKIP LOCKED} under a
 * transaction-scoped advisory lock, so two replicas never relay at once and never
 * interleave one key's events.
 * </ul>
 */
package io.sentia.servicekit.outbox;
