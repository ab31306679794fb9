/**
 * Runs the whole platform on one machine without Docker: PostgreSQL, a real Kafka broker
 * and Redis, then the registry, the services and the gateway, health-gated, as child
 * processes.
 */
package io.sentia.devstack;
