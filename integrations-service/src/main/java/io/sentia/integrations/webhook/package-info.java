/**
 * The webhook inbox: verified deliveries persisted, de-duplicated by delivery id, and
 * handed to their provider's handler after the HTTP answer, with retries and a sweep so a
 * crash loses nothing.
 */
package io.sentia.integrations.webhook;
