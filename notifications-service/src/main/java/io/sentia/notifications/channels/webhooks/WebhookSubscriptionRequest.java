package io.sentia.notifications.channels.webhooks;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A subscription to create, or the fields to change (absent ones stay as they are).
 *
 * @param url where to post: https (http outside production), a public address
 * @param eventTypes the event types to receive, e.g. {@code alert.raised}, or {@code *}
 * @param description what it is for, for people
 */
public record WebhookSubscriptionRequest(
		@Schema(example = "https://erp.partner.example/hooks/sentia") @Nullable String url,
		@Schema(example = "[\"alert.raised\", \"alert.resolved\"]") @Nullable List<String> eventTypes,
		@Schema(example = "Stock alerts into our ERP") @Nullable String description) {

}
