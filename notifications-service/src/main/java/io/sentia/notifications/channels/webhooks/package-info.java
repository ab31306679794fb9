/**
 * Signed outbound webhooks for partner systems (Standard Webhooks): subscriptions per
 * event type with rotatable secrets, the signer, the sender and the subscriptions API.
 */
package io.sentia.notifications.channels.webhooks;
