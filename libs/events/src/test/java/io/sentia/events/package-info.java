/**
 * Contract tests for the v1 events: records, JSON Schemas and stored v1 payloads agree.
 */
package io.sentia.events;
