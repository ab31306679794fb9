/**
 * The Slack channel: a Block Kit message posted to the tenant's incoming webhook.
 */
package io.sentia.notifications.channels.slack;
