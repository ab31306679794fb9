package io.sentia.notifications.delivery;

/**
 * A way to reach people or systems.
 */
public enum Channel {

	/** An e-mail over SMTP to a person's address. */
	EMAIL,

	/** A Slack incoming webhook, configured per tenant. */
	SLACK,

	/** A Microsoft Teams incoming webhook or Workflows URL, configured per tenant. */
	TEAMS,

	/** A partner's signed webhook subscription (Standard Webhooks). */
	WEBHOOK,

	/** The in-app feed of one user. */
	IN_APP

}
