/**
 * A malformed-input probe: sends every operation of an OpenAPI document the inputs a
 * careless or hostile client sends, and reports each answer that is a 5xx (or a 4xx that
 * is not problem+json).
 */
package io.sentia.testkit.probe;
