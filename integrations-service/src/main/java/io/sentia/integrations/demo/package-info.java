/**
 * The deterministic demo source: a generated two-year history of the spirits brand
 * "Highland &amp; Harbour Spirits", published once as canonical events through the
 * outbox.
 */
package io.sentia.integrations.demo;
