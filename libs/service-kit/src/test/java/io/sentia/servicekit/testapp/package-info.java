/**
 * A minimal service built on the kit, with the endpoints, filter and listener the kit's
 * tests exercise, plus small test helpers (HTTP, Kafka probe, broker proxy).
 */
package io.sentia.servicekit.testapp;
