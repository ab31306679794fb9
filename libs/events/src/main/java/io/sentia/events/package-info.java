/**
 * The v1 event contract shared by all services: topic names, Kafka header names and the
 * immutable event records (with their JSON Schemas under {@code schemas/}).
 */
package io.sentia.events;
