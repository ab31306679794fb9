/**
 * The contract between the sync engine and the provider connectors: what a connector
 * reads and maps, and the services (credentials, rate-limited HTTP, ingestion, webhook
 * inbox) the engine lends it.
 */
package io.sentia.integrations.connector;
