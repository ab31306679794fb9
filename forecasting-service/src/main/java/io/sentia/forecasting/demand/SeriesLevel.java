package io.sentia.forecasting.demand;

import java.util.Locale;

import io.sentia.forecasting.engine.hierarchy.HierarchyNode;

/**
 * How series are stored and named: a level and a {@code sku:channel:region} key with
 * {@code all} where the level spans every value.
 */
public final class SeriesLevel {

	/** The value of a key part the series spans. */
	public static final String ALL = "all";

	private SeriesLevel() {
	}

	public static String id(HierarchyNode.Level level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	public static String sku(HierarchyNode node) {
		return (node.sku() != null) ? node.sku() : ALL;
	}

	public static String channel(HierarchyNode node) {
		return (node.bottom() != null) ? node.bottom().channel() : ALL;
	}

	public static String region(HierarchyNode node) {
		return (node.region() != null) ? node.region() : ALL;
	}

	/**
	 * The level a key names: all three parts {@code all} is the total, only the SKU set
	 * is a SKU, only the region set is a region, every part set is a bottom series.
	 * @param sku the key's SKU
	 * @param channel the key's channel
	 * @param region the key's region
	 * @return the level, or null when the parts name no level (e.g. only a channel)
	 */
	public static HierarchyNode.Level of(String sku, String channel, String region) {
		boolean anySku = ALL.equals(sku);
		boolean anyChannel = ALL.equals(channel);
		boolean anyRegion = ALL.equals(region);
		if (!anySku && !anyChannel && !anyRegion) {
			return HierarchyNode.Level.BOTTOM;
		}
		if (anySku && anyChannel && anyRegion) {
			return HierarchyNode.Level.TOTAL;
		}
		if (!anySku && anyChannel && anyRegion) {
			return HierarchyNode.Level.SKU;
		}
		if (anySku && anyChannel) {
			return HierarchyNode.Level.REGION;
		}
		return null;
	}

}
