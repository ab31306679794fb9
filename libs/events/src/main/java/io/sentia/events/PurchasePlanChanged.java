package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The tenant's purchase plan over the planning horizon has a new revision. The event
 * carries the whole plan, so it replaces every earlier revision.
 *
 * @param tenantId owning tenant
 * @param planId id of the plan, stable across revisions
 * @param revision revision number, increasing by at least one per change
 * @param horizonStart first day the plan covers
 * @param horizonEnd last day the plan covers, not before {@code horizonStart}
 * @param currency ISO-4217 currency of every amount in the plan
 * @param purchases the planned purchases, ordered by {@code orderBy}
 * @param totalCost cost of all planned purchases
 * @param reason short human-readable explanation of what changed
 * @param changedAt when the revision was made
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchasePlanChanged(String tenantId, String planId, long revision, LocalDate horizonStart,
		LocalDate horizonEnd, String currency, List<PlannedPurchase> purchases, Money totalCost, String reason,
		Instant changedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.forecasting.purchase-plan.changed.v1";

	public PurchasePlanChanged {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(planId, "planId");
		Invariants.positive(revision, "revision");
		Invariants.required(horizonStart, "horizonStart");
		Invariants.required(horizonEnd, "horizonEnd");
		if (horizonEnd.isBefore(horizonStart)) {
			throw new IllegalArgumentException(
					"horizonEnd " + horizonEnd + " must not be before horizonStart " + horizonStart);
		}
		Invariants.currency(currency, "currency");
		purchases = Invariants.copyOf(purchases, "purchases");
		for (PlannedPurchase purchase : purchases) {
			Invariants.sameCurrency(purchase.cost(), currency, "purchases[" + purchase.sku() + "].cost");
		}
		Invariants.sameCurrency(Invariants.required(totalCost, "totalCost"), currency, "totalCost");
		Invariants.requiredText(reason, "reason");
		Invariants.required(changedAt, "changedAt");
	}

	@Override
	public String entityId() {
		return this.planId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.FORECASTING_RECOMMENDATIONS;
	}

	/**
	 * One purchase in the plan.
	 *
	 * @param sku stock keeping unit to buy
	 * @param supplier who to buy from, or {@code null} when the product has no supplier
	 * @param quantity units, rounded up to MOQ and case pack
	 * @param orderBy when to place the order
	 * @param expectedArrival when the goods arrive if ordered on {@code orderBy}
	 * @param cost cost of the purchase
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record PlannedPurchase(String sku, Supplier supplier, int quantity, LocalDate orderBy,
			LocalDate expectedArrival, Money cost) {

		public PlannedPurchase {
			Invariants.requiredText(sku, "purchases.sku");
			Invariants.positive(quantity, "purchases.quantity");
			Invariants.required(orderBy, "purchases.orderBy");
			Invariants.required(expectedArrival, "purchases.expectedArrival");
			Invariants.required(cost, "purchases.cost");
		}

	}

}
