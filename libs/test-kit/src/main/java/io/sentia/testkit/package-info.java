/**
 * Real PostgreSQL, Kafka and Redis for tests: servers named by SENTIA_* variables,
 * Testcontainers when Docker is there, otherwise servers started in-process once per JVM.
 */
package io.sentia.testkit;
