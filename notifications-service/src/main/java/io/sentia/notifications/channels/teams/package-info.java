/**
 * The Microsoft Teams channel: an Adaptive Card posted to the tenant's incoming webhook
 * or Workflows URL.
 */
package io.sentia.notifications.channels.teams;
