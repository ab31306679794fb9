package io.sentia.devstack;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The revenue the demo generator says it produced, in the shape the revenue API groups
 * by.
 */
final class DemoDatasetTotals {

	private DemoDatasetTotals() {
	}

	/**
	 * Revenue per {@code <region or channel>:<currency>} from the dataset summary's sales
	 * channels.
	 */
	static Map<String, BigDecimal> byDimension(JsonNode dataset, String dimension) {
		Map<String, BigDecimal> totals = new HashMap<>();
		for (JsonNode row : dataset.path("bySalesChannel")) {
			totals.merge(row.path(dimension).asString() + ":" + row.path("currency").asString(),
					new BigDecimal(row.path("revenue").asString()), BigDecimal::add);
		}
		totals.replaceAll((key, value) -> value.stripTrailingZeros());
		return totals;
	}

}
