/**
 * The tenant's configured channel targets as the delivery contract sees them: Slack and
 * Teams configurations and enabled webhook subscriptions.
 */
package io.sentia.notifications.channels.targets;
