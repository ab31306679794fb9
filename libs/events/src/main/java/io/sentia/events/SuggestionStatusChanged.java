package io.sentia.events;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A purchase suggestion's status changed: it now waits for a manager's approval, or it
 * was approved, rejected or executed.
 *
 * @param tenantId owning tenant
 * @param suggestionId the suggestion
 * @param sku stock keeping unit it orders
 * @param locationId the location it replenishes
 * @param status one of {@code awaiting_approval}, {@code approved}, {@code rejected},
 * {@code executed}
 * @param requiresApproval whether the tenant's rules require a manager's approval
 * @param orderValue value of the order, or {@code null} if the unit cost is unknown
 * @param approvalReason why approval is required, or {@code null} if it is not
 * @param decisionReason what the person deciding said, or {@code null}
 * @param requestedBy user id of who started the forecast run that produced the
 * suggestion, or {@code null} when the scheduler did
 * @param decidedBy user id of who approved, rejected or executed it, or {@code null}
 * while it awaits approval
 * @param changedAt when the status changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuggestionStatusChanged(String tenantId, String suggestionId, String sku, String locationId,
		String status, boolean requiresApproval, Money orderValue, String approvalReason, String decisionReason,
		String requestedBy, String decidedBy, Instant changedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.forecasting.suggestion.changed.v1";

	/** Waits for a manager's approval. */
	public static final String AWAITING_APPROVAL = "awaiting_approval";

	/** Approved; may be executed. */
	public static final String APPROVED = "approved";

	/** Rejected; will not be executed. */
	public static final String REJECTED = "rejected";

	/** The purchase order was placed. */
	public static final String EXECUTED = "executed";

	/** Every status. */
	public static final Set<String> STATUSES = Set.of(AWAITING_APPROVAL, APPROVED, REJECTED, EXECUTED);

	public SuggestionStatusChanged {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(suggestionId, "suggestionId");
		Invariants.requiredText(sku, "sku");
		Invariants.requiredText(locationId, "locationId");
		Invariants.oneOf(status, STATUSES, "status");
		if (orderValue != null) {
			Invariants.notNegative(orderValue, "orderValue");
		}
		Invariants.required(changedAt, "changedAt");
	}

	@Override
	public String entityId() {
		return this.suggestionId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FORECASTING_RECOMMENDATIONS;
	}

}
