/**
 * Health indicators the readiness probe needs beyond Boot's own, starting with Kafka.
 */
package io.sentia.servicekit.health;
