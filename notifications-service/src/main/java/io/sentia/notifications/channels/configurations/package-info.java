/**
 * The tenant's Slack and Teams channel configurations: a name and a sealed incoming
 * webhook URL each, managed through {@code /api/notifications/v1/channels}.
 */
package io.sentia.notifications.channels.configurations;
