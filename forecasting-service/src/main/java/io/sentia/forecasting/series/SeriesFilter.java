package io.sentia.forecasting.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The listing's filters as SQL: every condition a bound parameter, the tenant and run
 * always.
 *
 * @param level level id
 * @param sku exact SKU, or null for any
 * @param channel exact channel, or null for any
 * @param region exact region, or null for any
 * @param band band id, or null for any
 */
record SeriesFilter(String level, String sku, String channel, String region, String band) {

	String where() {
		List<String> conditions = new ArrayList<>(List.of("tenant_id = :tenant", "run_id = :run", "level = :level"));
		if (this.sku != null) {
			conditions.add("sku = :sku");
		}
		if (this.channel != null) {
			conditions.add("channel = :channel");
		}
		if (this.region != null) {
			conditions.add("region = :region");
		}
		if (this.band != null) {
			conditions.add("band = :band");
		}
		return String.join(" AND ", conditions);
	}

	Map<String, Object> parameters(String tenantId, UUID runId) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("tenant", tenantId);
		parameters.put("run", runId);
		parameters.put("level", this.level);
		if (this.sku != null) {
			parameters.put("sku", this.sku);
		}
		if (this.channel != null) {
			parameters.put("channel", this.channel);
		}
		if (this.region != null) {
			parameters.put("region", this.region);
		}
		if (this.band != null) {
			parameters.put("band", this.band);
		}
		return parameters;
	}

}
