package io.sentia.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The current state of a catalogue product (one SKU) with the facts planning needs.
 *
 * @param tenantId owning tenant
 * @param sku stock keeping unit, the product's id within the tenant
 * @param name product name
 * @param category the product's category for reporting, e.g. {@code Whisky}, or
 * {@code null} if the source has none
 * @param source connector that read the product, e.g. {@code unleashed}
 * @param unitCost cost of one unit, or {@code null} if the source does not know it
 * @param price default selling price of one unit, or {@code null} if unknown
 * @param leadTimeDays supplier lead time in days, or {@code null} if unknown
 * @param moq minimum order quantity in units, at least 1
 * @param casePack units per case; orders are rounded to whole cases, at least 1
 * @param supplier default supplier, or {@code null} if none
 * @param components component SKUs when the product is a bundle, empty otherwise
 * @param active {@code false} when the product is obsolete and should not be planned
 * @param updatedAt when the source last changed the product
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductUpserted(String tenantId, String sku, String name, String category, String source, Money unitCost,
		Money price, Integer leadTimeDays, int moq, int casePack, Supplier supplier, List<BundleComponent> components,
		boolean active, Instant updatedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.catalog.product.upserted.v1";

	public ProductUpserted {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(sku, "sku");
		Invariants.requiredText(name, "name");
		Invariants.requiredText(source, "source");
		if (leadTimeDays != null) {
			Invariants.notNegative(leadTimeDays, "leadTimeDays");
		}
		Invariants.positive(moq, "moq");
		Invariants.positive(casePack, "casePack");
		components = Invariants.copyOf(components, "components");
		for (BundleComponent component : components) {
			if (component.sku().equals(sku)) {
				throw new IllegalArgumentException("bundle " + sku + " must not contain itself");
			}
		}
		Invariants.required(updatedAt, "updatedAt");
	}

	@Override
	public String entityId() {
		return this.sku;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.CATALOG_PRODUCTS;
	}

	/**
	 * One component of a bundle.
	 *
	 * @param sku the component's SKU
	 * @param quantity units of the component in one bundle, at least 1
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record BundleComponent(String sku, int quantity) {

		public BundleComponent {
			Invariants.requiredText(sku, "components.sku");
			Invariants.positive(quantity, "components.quantity");
		}

	}

}
