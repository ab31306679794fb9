package io.sentia.notifications.channels.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * What the subscriptions API answers besides a subscription.
 */
final class WebhookAnswers {

	private WebhookAnswers() {
	}

	/**
	 * A new subscription with its signing secret, shown this once.
	 *
	 * @param subscription the subscription
	 * @param secret {@code whsec_…}
	 */
	record Created(@JsonUnwrapped WebhookSubscription subscription, String secret) {

		@Override
		public String toString() {
			return "Created[" + this.subscription + ", secret hidden]";
		}

	}

	/**
	 * A rotated secret, shown this once.
	 *
	 * @param secret the new {@code whsec_…}, signing from now on
	 * @param previousValidUntil until when the previous secret signs too
	 */
	record Rotated(String secret, Instant previousValidUntil) {

		@Override
		public String toString() {
			return "Rotated[secret hidden, previousValidUntil=" + this.previousValidUntil + "]";
		}

	}

	/**
	 * How a test-send went.
	 *
	 * @param outcome {@code delivered}, {@code retry} or {@code rejected}
	 * @param status the receiver's HTTP status, or {@code null} without an answer
	 * @param responseTimeMs the time to the answer
	 * @param reason what went wrong, or {@code null}
	 * @param webhookId the {@code webhook-id} it carried
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TestSend(String outcome, @Nullable Integer status, long responseTimeMs, @Nullable String reason,
			String webhookId) {
	}

}
