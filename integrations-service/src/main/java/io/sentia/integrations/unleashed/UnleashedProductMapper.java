package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.events.Supplier;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.RecordRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An Unleashed product as a {@link ProductUpserted}: SKU = {@code ProductCode}, cost =
 * average landed cost (else default purchase price, else last cost), price = default sell
 * price, case pack = {@code PackSize}, the default supplier with its lead time and
 * minimum order quantity where Unleashed sends them.
 */
final class UnleashedProductMapper implements RecordMapper {

	/**
	 * Unleashed products carry no currency: amounts are in the account's base currency.
	 */
	static final String BASE_CURRENCY = "GBP";

	private final UnleashedApi api;

	UnleashedProductMapper(UnleashedApi api) {
		this.api = api;
	}

	@Override
	public List<SentiaEvent> map(RawRecord record, MappingContext context) {
		JsonNode product = this.api.parse(record.json());
		String code = product.path("ProductCode").asString("");
		String sku = context.sku(code, "product:" + product.path("Guid").asString());
		String name = UnleashedValues.text(product, "ProductDescription");
		Money unitCost = money(
				UnleashedValues.firstDecimal(product, "AverageLandPrice", "DefaultPurchasePrice", "LastCost"));
		Money price = money(UnleashedValues.firstDecimal(product, "DefaultSellPrice"));
		Instant updatedAt = (record.updatedAt() != null) ? record.updatedAt()
				: UnleashedValues.instant(product.path("LastModifiedOn"));
		if (updatedAt == null) {
			updatedAt = UnleashedValues.instant(product.path("CreatedOn"));
		}
		if (updatedAt == null) {
			throw new RecordRejectedException("Unleashed product " + code + " has no LastModifiedOn");
		}
		JsonNode supplier = product.path("Supplier");
		return List.of(new ProductUpserted(context.source().tenantId(), sku, (name != null) ? name : sku,
				UnleashedValues.text(product.path("ProductGroup"), "GroupName"), "unleashed", unitCost, price,
				leadTimeDays(product, supplier),
				positiveUnits(product, supplier, "MinimumOrderQuantity", "MinOrderQuantity"),
				positiveUnits(product, product, "PackSize"), supplier(supplier), List.of(),
				!product.path("Obsolete").asBoolean(false), updatedAt));
	}

	/** Lead time in days from the product, else from its supplier; null when unknown. */
	private static @Nullable Integer leadTimeDays(JsonNode product, JsonNode supplier) {
		BigDecimal days = UnleashedValues.firstDecimal(product, "LeadTime", "LeadTimeDays");
		if (days == null && supplier.isObject()) {
			days = UnleashedValues.firstDecimal(supplier, "LeadTime", "LeadTimeDays");
		}
		if (days == null || days.signum() < 0) {
			return null;
		}
		return days.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	/**
	 * A whole positive number of units from the product, else from its supplier; 1 when
	 * neither says (no minimum, single units).
	 */
	private static int positiveUnits(JsonNode product, JsonNode supplier, String... fields) {
		BigDecimal value = UnleashedValues.firstDecimal(product, fields);
		if (value == null && supplier.isObject()) {
			value = UnleashedValues.firstDecimal(supplier, fields);
		}
		if (value == null || value.signum() <= 0) {
			return 1;
		}
		return value.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	private static @Nullable Supplier supplier(JsonNode supplier) {
		String guid = supplier.isObject() ? UnleashedValues.text(supplier, "Guid") : null;
		String name = supplier.isObject() ? UnleashedValues.text(supplier, "SupplierName") : null;
		if (guid == null || name == null) {
			return null;
		}
		return new Supplier(guid, UnleashedValues.text(supplier, "SupplierCode"), name);
	}

	private static @Nullable Money money(@Nullable BigDecimal amount) {
		return (amount != null) ? new Money(amount, BASE_CURRENCY) : null;
	}

}
