/**
 * What a channel is handed and what it answers: the contract between the delivery outbox
 * (which decides when to send, retries, rate-limits and breaks circuits per target) and
 * the channels (which speak one protocol each).
 */
package io.sentia.notifications.delivery;
