/**
 * The integrations service: connectors and the demo source that bring orders, stock,
 * purchasing and finance in and publish them as canonical events through the outbox.
 */
package io.sentia.integrations;
