package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A suggested purchase order for one SKU and location, with the arithmetic behind it and
 * what people decided about it.
 *
 * @param run the forecast run it was computed from
 * @param orderValue quantity × unit cost; null when the unit cost is unknown
 * @param requiresApproval whether a MANAGER must approve it before it can be executed
 * @param approvalReason why it does or does not need approval
 * @param status {@code open}, {@code approved}, {@code executed}, {@code rejected},
 * {@code superseded} (a later run computed another order) or {@code withdrawn} (a later
 * run found none needed)
 * @param explanation every number of the plan and the arithmetic in words
 * @param decision the MANAGER's approval or rejection, null before one
 * @param execution who confirmed the order was placed, null before that
 */
public record Suggestion(UUID id, UUID run, String sku, String locationId, long quantity, @Nullable BigDecimal unitCost,
		@Nullable String currency, @Nullable BigDecimal orderValue, boolean requiresApproval, String approvalReason,
		String status, LocalDate orderBy, LocalDate expectedArrival, @Nullable LocalDate projectedStockout,
		JsonNode explanation, Instant createdAt, @Nullable Decision decision, @Nullable Execution execution) {

	/** Statuses a run may still replace: nobody has closed them. */
	static final String OPEN = "open";

	static final String APPROVED = "approved";

	static final String EXECUTED = "executed";

	static final String REJECTED = "rejected";

	static final String SUPERSEDED = "superseded";

	static final String WITHDRAWN = "withdrawn";

	/**
	 * An approval or rejection.
	 *
	 * @param outcome {@code approved} or {@code rejected}
	 */
	public record Decision(String outcome, String by, @Nullable String email, Instant at, String reason) {
	}

	/** Who confirmed the order was placed, and their note. */
	public record Execution(String by, @Nullable String email, Instant at, @Nullable String note) {
	}

}
