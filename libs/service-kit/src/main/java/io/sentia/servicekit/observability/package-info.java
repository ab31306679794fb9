/**
 * Trace context that has to travel with data rather than with a thread, such as the
 * {@code traceparent} an outbox row keeps until it is relayed.
 */
package io.sentia.servicekit.observability;
