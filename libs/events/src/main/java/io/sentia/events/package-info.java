/**
 * The v1 event contract shared by all services: topic names, Kafka header names and the
 * immutable event records, each with a JSON Schema at
 * {@code schemas/<topic>/<RecordName>.json} (see
 * {@link io.sentia.events.EventCatalogue}). Records ignore unknown properties so an added
 * optional field does not break older readers; anything else is a new version of the
 * event.
 */
package io.sentia.events;
