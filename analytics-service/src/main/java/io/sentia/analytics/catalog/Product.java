package io.sentia.analytics.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import io.sentia.events.Money;
import io.sentia.events.ProductUpserted;
import org.jspecify.annotations.Nullable;

/**
 * One product (SKU) as analytics keeps it.
 *
 * @param tenantId owning tenant
 * @param sku stock keeping unit
 * @param name product name
 * @param category the product's reporting category, or {@code null} if the source has
 * none
 * @param source connector that read it
 * @param unitCost cost of one unit, or {@code null} if unknown
 * @param unitCostCurrency ISO-4217 currency of the unit cost, or {@code null}
 * @param price default selling price, or {@code null} if unknown
 * @param priceCurrency ISO-4217 currency of the price, or {@code null}
 * @param leadTimeDays supplier lead time in days, or {@code null} if unknown
 * @param supplierId default supplier's id, or {@code null}
 * @param supplierName default supplier's name, or {@code null}
 * @param active {@code false} once the product is obsolete
 * @param updatedAt the source's change time of this state
 */
public record Product(String tenantId, String sku, String name, @Nullable String category, String source,
		@Nullable BigDecimal unitCost, @Nullable String unitCostCurrency, @Nullable BigDecimal price,
		@Nullable String priceCurrency, @Nullable Integer leadTimeDays, @Nullable String supplierId,
		@Nullable String supplierName, boolean active, Instant updatedAt) {

	static Product of(ProductUpserted product) {
		Money cost = product.unitCost();
		Money price = product.price();
		return new Product(product.tenantId(), product.sku(), product.name(), product.category(), product.source(),
				(cost != null) ? cost.amount() : null, (cost != null) ? cost.currency() : null,
				(price != null) ? price.amount() : null, (price != null) ? price.currency() : null,
				product.leadTimeDays(), (product.supplier() != null) ? product.supplier().supplierId() : null,
				(product.supplier() != null) ? product.supplier().name() : null, product.active(), product.updatedAt());
	}

}
