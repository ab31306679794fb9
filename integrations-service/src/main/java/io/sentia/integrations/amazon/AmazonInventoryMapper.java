package io.sentia.integrations.amazon;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One FBA inventory summary as the level of its SKU at the marketplace's FBA pool,
 * location {@code amazon-fba:<region>}: on hand = units in Amazon's fulfilment centres
 * (fulfillable + reserved + unfulfillable + researching), available = fulfillable,
 * reserved = total reserved, inbound = working + shipped + receiving.
 */
final class AmazonInventoryMapper implements RecordMapper {

	private final JsonMapper json;

	AmazonInventoryMapper(JsonMapper json) {
		this.json = json;
	}

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode envelope = this.json.readTree(record.json());
		JsonNode summary = envelope.path("inventorySummary");
		String sellerSku = summary.path("sellerSku").asString(null);
		String sku = context.sku(sellerSku, "asin:" + summary.path("asin").asString());
		String marketplaceId = envelope.path("granularity").path("granularityId").asString("");
		String region = AmazonConnector.REGIONS.getOrDefault(marketplaceId, context.source().region());
		if (region == null || region.isBlank()) {
			throw new RecordRejectedException("FBA summary of " + sellerSku + " is in unknown marketplace "
					+ marketplaceId + "; set the connection's region");
		}
		JsonNode details = summary.path("inventoryDetails");
		if (!details.isObject()) {
			throw new RecordRejectedException(
					"FBA summary of " + sellerSku + " has no inventoryDetails (the read must send details=true)");
		}
		int fulfillable = details.path("fulfillableQuantity").asInt(0);
		int reserved = details.path("reservedQuantity").path("totalReservedQuantity").asInt(0);
		int unfulfillable = details.path("unfulfillableQuantity").path("totalUnfulfillableQuantity").asInt(0);
		int researching = details.path("researchingQuantity").path("totalResearchingQuantity").asInt(0);
		int inbound = details.path("inboundWorkingQuantity").asInt(0) + details.path("inboundShippedQuantity").asInt(0)
				+ details.path("inboundReceivingQuantity").asInt(0);
		return List.of(new InventoryLevelChanged(context.source().tenantId(), sku,
				new Location("amazon-fba:" + region, "Amazon FBA " + region, LocationType.AMAZON_FBA), "amazon",
				fulfillable + reserved + unfulfillable + researching, fulfillable, inbound, reserved,
				asOf(summary, envelope, sellerSku)));
	}

	/**
	 * When Amazon last changed any quantity. A summary it never updated (blank
	 * {@code lastUpdatedTime}) is as of the start of the response's UTC day: the level is
	 * today's, and re-reading it unchanged the same day publishes nothing.
	 */
	private static Instant asOf(JsonNode summary, JsonNode envelope, String sellerSku) {
		String updated = summary.path("lastUpdatedTime").asString("");
		try {
			return updated.isBlank() ? Instant.parse(envelope.path("readAt").asString("")).truncatedTo(ChronoUnit.DAYS)
					: Instant.parse(updated);
		}
		catch (DateTimeParseException ex) {
			throw new RecordRejectedException("FBA summary of " + sellerSku + " has no readable lastUpdatedTime ('"
					+ updated + "') and no response time", ex);
		}
	}

}
