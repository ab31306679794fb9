package io.sentia.analytics.recommendations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A purchase forecasting suggests, not yet an order: {@link #origin()} tells a standing
 * recommendation from a purchase in the tenant's plan, and {@link #status()} what
 * {@code SuggestionStatusChanged} last said of a recommendation.
 *
 * @param origin which event suggested it
 * @param suggestionId the recommendation's id, or the plan's id
 * @param planRevision the plan's revision, or {@code null} for a recommendation
 * @param sku SKU to buy
 * @param locationId location to replenish, or {@code null} (plans do not say)
 * @param supplierId supplier to buy from, or {@code null}
 * @param supplierName supplier's name, or {@code null}
 * @param quantity units, rounded to MOQ and case pack
 * @param orderBy when to place the order
 * @param expectedArrival when the goods arrive if ordered on time
 * @param cost cost of the purchase, or {@code null} when the unit cost is unknown
 * @param currency ISO-4217 currency of the cost, or {@code null} with it
 * @param suggestedAt when forecasting made the suggestion
 * @param status {@code awaiting_approval}, {@code approved}, {@code rejected} or
 * {@code executed}, or {@code null} when no status change was published (open, or a
 * plan's purchase)
 */
public record SuggestedPurchase(Origin origin, String suggestionId, @Nullable Long planRevision, String sku,
		@Nullable String locationId, @Nullable String supplierId, @Nullable String supplierName, int quantity,
		LocalDate orderBy, LocalDate expectedArrival, @Nullable BigDecimal cost, @Nullable String currency,
		Instant suggestedAt, @Nullable String status) {

	/** The event a suggestion comes from. */
	public enum Origin {

		/**
		 * {@code ReorderRecommended}: the latest recommendation for its SKU and location.
		 */
		REORDER_RECOMMENDATION,

		/** {@code PurchasePlanChanged}: a purchase in the newest revision of a plan. */
		PURCHASE_PLAN

	}

}
