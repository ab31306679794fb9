package io.sentia.notifications.channels.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription as the API shows it (never its secrets).
 *
 * @param id the subscription id, the {@code Target} id of its deliveries
 * @param url where it posts
 * @param eventTypes what it receives
 * @param description what it is for
 * @param enabled whether deliveries go out
 * @param disabledReason why it was disabled (after a streak of failures), or {@code null}
 * @param disabledAt when, or {@code null}
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt when it last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscription(UUID id, String url, List<String> eventTypes, @Nullable String description,
		boolean enabled, @Nullable String disabledReason, @Nullable Instant disabledAt, String createdBy,
		Instant createdAt, Instant updatedAt) {

}
