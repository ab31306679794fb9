package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A product of the demo brand: a bottle bought from a supplier, or a gift set made of
 * bottles at the shipping location.
 *
 * @param sku stock keeping unit
 * @param name product name
 * @param category what it is
 * @param volumeMl bottle volume in millilitres (0 for a gift set)
 * @param abvPercent alcohol by volume in percent (0 for a gift set)
 * @param rrpGbp UK retail price at the start of the dataset
 * @param unitCostGbp landed cost of one unit
 * @param supplierCode supplier of a bottle, {@code null} for a gift set
 * @param casePack units per case; purchase and trade quantities are whole cases
 * @param minimumOrderQuantity the supplier's minimum units per purchase order line
 * @param popularity relative share of retail order lines
 * @param listedIn stores that sell it
 * @param components what a gift set is made of; empty for a bottle
 * @param limitedRelease released in numbered batches, never reordered automatically
 * @param planningBias how far the brand's own plan under- or over-estimates demand
 */
record DemoProduct(String sku, String name, ProductCategory category, int volumeMl, BigDecimal abvPercent,
		BigDecimal rrpGbp, BigDecimal unitCostGbp, String supplierCode, int casePack, int minimumOrderQuantity,
		double popularity, Set<DemoStore> listedIn, List<BundleComponent> components, boolean limitedRelease,
		double planningBias) {

	DemoProduct {
		listedIn = Set.copyOf(listedIn);
		components = List.copyOf(components);
	}

	boolean isGiftSet() {
		return !this.components.isEmpty();
	}

	boolean isListedIn(DemoStore store) {
		return this.listedIn.contains(store);
	}

}
