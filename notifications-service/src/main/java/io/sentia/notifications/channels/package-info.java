/**
 * The channels' protocols (e-mail, Slack, Teams, signed webhooks) behind the delivery
 * contract, and what they share: the sealing of channel secrets and the check of target
 * addresses.
 */
package io.sentia.notifications.channels;
