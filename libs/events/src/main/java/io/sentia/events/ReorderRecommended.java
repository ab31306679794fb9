package io.sentia.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Planning recommends ordering more of one SKU for one location. A later recommendation
 * for the same SKU and location replaces this one.
 *
 * @param tenantId owning tenant
 * @param recommendationId unique id of this recommendation
 * @param sku stock keeping unit to reorder
 * @param locationId the location to replenish, as in
 * {@link InventoryLevelChanged.Location}
 * @param supplier who to order from, or {@code null} when the product has no supplier
 * @param quantity units to order, already rounded up to MOQ and case pack
 * @param orderBy the last day to place the order and still avoid a stock-out
 * @param expectedArrival when the goods arrive if ordered today
 * @param available units available now
 * @param inbound units already on order
 * @param reorderPoint stock level at which to reorder, in units
 * @param safetyStock part of the reorder point held against forecast error, in units
 * @param serviceLevel target probability of not running out during the lead time, 0 to 1
 * @param projectedStockout the day stock runs out if nothing is ordered, or {@code null}
 * if not within the forecast horizon
 * @param estimatedCost cost of the recommended quantity, or {@code null} if the unit cost
 * is unknown
 * @param reason short human-readable explanation of why now
 * @param forecastId the forecast the recommendation is based on
 * @param generatedAt when the recommendation was made
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReorderRecommended(String tenantId, String recommendationId, String sku, String locationId,
		Supplier supplier, int quantity, LocalDate orderBy, LocalDate expectedArrival, int available, int inbound,
		int reorderPoint, int safetyStock, double serviceLevel, LocalDate projectedStockout, Money estimatedCost,
		String reason, String forecastId, Instant generatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.forecasting.reorder.recommended.v1";

	public ReorderRecommended {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(recommendationId, "recommendationId");
		Invariants.requiredText(sku, "sku");
		Invariants.requiredText(locationId, "locationId");
		Invariants.positive(quantity, "quantity");
		Invariants.required(orderBy, "orderBy");
		Invariants.required(expectedArrival, "expectedArrival");
		Invariants.notNegative(inbound, "inbound");
		Invariants.notNegative(reorderPoint, "reorderPoint");
		Invariants.notNegative(safetyStock, "safetyStock");
		Invariants.fraction(serviceLevel, "serviceLevel");
		Invariants.requiredText(reason, "reason");
		Invariants.requiredText(forecastId, "forecastId");
		Invariants.required(generatedAt, "generatedAt");
	}

	@Override
	public String entityId() {
		return this.locationId + ":" + this.sku;
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
