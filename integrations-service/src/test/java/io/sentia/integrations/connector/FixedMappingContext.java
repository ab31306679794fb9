package io.sentia.integrations.connector;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A mapping context for mapper tests: SKU mappings by product reference, otherwise the
 * provider's SKU, and a rejection when there is neither.
 */
public record FixedMappingContext(IngestSource source, Map<String, String> mappings) implements MappingContext {

	/** A context with no SKU mappings. */
	public static FixedMappingContext of(IngestSource source) {
		return new FixedMappingContext(source, Map.of());
	}

	@Override
	public String sku(@Nullable String sourceSku, String productRef) {
		String mapped = this.mappings.get(productRef);
		if (mapped != null) {
			return mapped;
		}
		if (sourceSku == null || sourceSku.isBlank()) {
			throw new RecordRejectedException("no SKU for " + productRef + "; map " + productRef + " to a SKU");
		}
		return sourceSku.strip();
	}

}
