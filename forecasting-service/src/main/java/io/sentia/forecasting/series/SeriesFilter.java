package io.sentia.forecasting.series;

import java.util.UUID;

import io.sentia.servicekit.sql.Where;

/**
 * The listing's filters: the tenant, run and level always, each other filter when given.
 *
 * @param level level id
 * @param sku exact SKU, or null for any
 * @param channel exact channel, or null for any
 * @param region exact region, or null for any
 * @param band band id, or null for any
 */
record SeriesFilter(String level, String sku, String channel, String region, String band) {

	Where where(String tenantId, UUID runId) {
		return Where.all()
			.andEqual("tenant_id", "tenant", tenantId)
			.andEqual("run_id", "run", runId)
			.andEqual("level", "level", this.level)
			.andEqualIfPresent("sku", "sku", this.sku)
			.andEqualIfPresent("channel", "channel", this.channel)
			.andEqualIfPresent("region", "region", this.region)
			.andEqualIfPresent("band", "band", this.band);
	}

}
