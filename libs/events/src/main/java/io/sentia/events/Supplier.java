package io.sentia.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A supplier the tenant buys stock from, as the inventory system names it.
 *
 * @param supplierId the source's supplier id
 * @param code the supplier's short code, or {@code null} if the source has none
 * @param name display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Supplier(String supplierId, String code, String name) {

	public Supplier {
		Invariants.requiredText(supplierId, "supplier.supplierId");
		Invariants.requiredText(name, "supplier.name");
	}

}
