package io.sentia.notifications.delivery;

/**
 * Speaks one channel's protocol. The delivery outbox calls it once per attempt, outside
 * any database transaction; it never retries by itself and never throws for a failed send
 * (it answers {@link SendResult.Retry} or {@link SendResult.Rejected}).
 */
public interface ChannelSender {

	/**
	 * The channel this sender speaks.
	 * @return the channel
	 */
	Channel channel();

	/**
	 * Makes one attempt.
	 * @param target where to
	 * @param message what
	 * @return how it went
	 */
	SendResult send(Target target, Message message);

	/**
	 * Called after a streak of failures to one target, so the channel can stop using it
	 * (a webhook subscription is disabled). The outbox notifies the tenant's admins.
	 * @param tenantId the target's tenant
	 * @param target the target
	 * @param reason why, for people
	 */
	default void disable(String tenantId, Target target, String reason) {
	}

}
