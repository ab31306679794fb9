package io.sentia.forecasting.demand;

import io.sentia.forecasting.engine.hierarchy.HierarchyNode;
import io.sentia.servicekit.errors.ApiProblemException;

/**
 * A series key as it appears in a path: {@code sku:channel:region}, with {@code all} for
 * what the series spans. Channel and region never contain a colon; a SKU may.
 *
 * @param sku the SKU, or {@code all}
 * @param channel the channel, or {@code all}
 * @param region the region, or {@code all}
 * @param level the level the parts name
 */
public record SeriesKeyPath(String sku, String channel, String region, HierarchyNode.Level level) {

	public static SeriesKeyPath parse(String key) {
		int regionSeparator = key.lastIndexOf(':');
		int channelSeparator = (regionSeparator > 0) ? key.lastIndexOf(':', regionSeparator - 1) : -1;
		if (channelSeparator <= 0 || regionSeparator == key.length() - 1 || regionSeparator == channelSeparator + 1) {
			throw ApiProblemException.invalidParameter("key",
					"must be sku:channel:region, with 'all' for a part the series spans");
		}
		String sku = key.substring(0, channelSeparator);
		String channel = key.substring(channelSeparator + 1, regionSeparator);
		String region = key.substring(regionSeparator + 1);
		HierarchyNode.Level level = SeriesLevel.of(sku, channel, region);
		if (level == null) {
			throw ApiProblemException.invalidParameter("key",
					"names no series: a channel is forecast only with its SKU and region");
		}
		return new SeriesKeyPath(sku, channel, region, level);
	}

	public String key() {
		return this.sku + ":" + this.channel + ":" + this.region;
	}

	public String levelId() {
		return SeriesLevel.id(this.level);
	}

}
