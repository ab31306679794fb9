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

	static DemoDatasetSpec of(DemoProperties properties) {
		return new DemoDatasetSpec(properties.tenantId(), properties.seed(),
				properties.lastDay().minusDays(properties.days() - 1L), properties.lastDay());
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
