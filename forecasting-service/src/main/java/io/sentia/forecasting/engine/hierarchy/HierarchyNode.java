package io.sentia.forecasting.engine.hierarchy;

/**
 * A series of the hierarchy: the total, one SKU across channels and regions, one region
 * across SKUs and channels, or one bottom series.
 *
 * @param level where in the hierarchy
 * @param sku the SKU for SKU and bottom nodes, else null
 * @param region the region for region and bottom nodes, else null
 * @param bottom the bottom key for bottom nodes, else null
 */
public record HierarchyNode(Level level, String sku, String region, SeriesKey bottom) {

	/** Levels of the hierarchy, top first. */
	public enum Level {

		TOTAL, SKU, REGION, BOTTOM

	}

	public static HierarchyNode total() {
		return new HierarchyNode(Level.TOTAL, null, null, null);
	}

	public static HierarchyNode sku(String sku) {
		return new HierarchyNode(Level.SKU, sku, null, null);
	}

	public static HierarchyNode region(String region) {
		return new HierarchyNode(Level.REGION, null, region, null);
	}

	public static HierarchyNode bottom(SeriesKey key) {
		return new HierarchyNode(Level.BOTTOM, key.sku(), key.region(), key);
	}

	/** Whether the bottom series adds into this node. */
	public boolean contains(SeriesKey key) {
		return switch (this.level) {
			case TOTAL -> true;
			case SKU -> this.sku.equals(key.sku());
			case REGION -> this.region.equals(key.region());
			case BOTTOM -> this.bottom.equals(key);
		};
	}

}
