/**
 * HTTP to providers: one rate policy and concurrency limit per provider credential,
 * retries with back-off, and the pauses a provider asks for.
 */
package io.sentia.integrations.http;
