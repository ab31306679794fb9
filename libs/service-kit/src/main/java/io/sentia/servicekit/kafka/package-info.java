/**
 * Consuming events: the listener container factory (manual acknowledgement, back-off,
 * then {@code <topic>.dlt}), topic creation, {@code ce_*} header reading and idempotent
 * consumption through processed-event ids.
 */
package io.sentia.servicekit.kafka;
