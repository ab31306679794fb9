package io.sentia.integrations.connector;

import org.jspecify.annotations.Nullable;

/**
 * What a mapper may ask while mapping: where the record comes from and the tenant's SKU
 * mappings.
 */
public interface MappingContext {

	/** Where the record comes from. */
	IngestSource source();

	/**
	 * The tenant's SKU for a provider product. A mapping set by a user wins; otherwise
	 * the provider's SKU is used, and a SKU never seen before is recorded as unmapped.
	 * @param sourceSku the SKU the provider gives, may be blank
	 * @param productRef the provider's stable product/variant reference, e.g.
	 * {@code variant:39072856}
	 * @return the tenant's SKU
	 * @throws RecordRejectedException when there is neither a mapping nor a SKU
	 */
	String sku(@Nullable String sourceSku, String productRef);

}
