package io.sentia.integrations.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What to generate: for which tenant, from which seed, over which UTC days. Together with
 * the generator's {@link DemoDatasetGenerator#VERSION} it fixes the dataset completely.
 *
 * @param tenantId tenant the events belong to
 * @param seed seed of the random stream
 * @param firstDay first UTC day with data
 * @param lastDay last UTC day with data
 */
record DemoDatasetSpec(String tenantId, long seed, LocalDate firstDay, LocalDate lastDay) {

	DemoDatasetSpec {
		if (tenantId == null || tenantId.isBlank()) {
			throw new IllegalArgumentException("tenantId must not be blank");
		}
		if (firstDay == null || lastDay == null || firstDay.isAfter(lastDay)) {
			throw new IllegalArgumentException("firstDay must not be after lastDay");
		}
	}

	/**
	 * The configured dataset, ending on the configured last day or, unset, on the last
	 * day of the tenant's first load of this generator and seed or else yesterday.
	 * @param properties the settings
	 * @param loads the tenant's loads so far
	 * @param today today's UTC date
	 * @return the dataset to load and serve
	 */
	static DemoDatasetSpec of(DemoProperties properties, DemoLoadRepository loads, LocalDate today) {
		LocalDate lastDay = properties.lastDay();
		if (lastDay == null) {
			String prefix = DemoDatasetGenerator.VERSION + "/" + properties.seed() + "/";
			lastDay = loads.firstDatasetId(properties.tenantId(), prefix)
				.map((id) -> LocalDate.parse(id.substring(id.lastIndexOf('/') + 1)))
				.orElse(today.minusDays(1));
		}
		return new DemoDatasetSpec(properties.tenantId(), properties.seed(), lastDay.minusDays(properties.days() - 1L),
				lastDay);
	}

	int days() {
		return (int) ChronoUnit.DAYS.between(this.firstDay, this.lastDay) + 1;
	}

	/**
	 * Names this exact dataset; a different version, seed or range is a different
	 * dataset.
	 */
	String datasetId() {
		return DemoDatasetGenerator.VERSION + "/" + this.seed + "/" + this.firstDay + "/" + this.lastDay;
	}

}
