package io.sentia.notifications.delivery;

import java.util.List;

/**
 * The tenant's configured channel targets (Slack and Teams webhooks, partner webhook
 * subscriptions), so rules can be checked against them and events routed to them.
 */
public interface ChannelTargets {

	/**
	 * Whether a configured, enabled target exists.
	 * @param tenantId the tenant
	 * @param channel {@link Channel#SLACK}, {@link Channel#TEAMS} or
	 * {@link Channel#WEBHOOK}
	 * @param id the configuration or subscription id
	 * @return whether it exists for that tenant
	 */
	boolean exists(String tenantId, Channel channel, String id);

	/**
	 * The enabled webhook subscriptions of a tenant that want an event type.
	 * @param tenantId the tenant
	 * @param eventType the public event type, e.g. {@code alert.raised}
	 * @return their targets, in creation order
	 */
	List<Target> subscribers(String tenantId, String eventType);

}
