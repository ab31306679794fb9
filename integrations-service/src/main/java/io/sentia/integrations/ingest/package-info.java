/**
 * Ingestion: raw provider records become validated canonical events, published once per
 * change through the outbox; what cannot be mapped goes to quarantine with its reason.
 */
package io.sentia.integrations.ingest;
