package io.sentia.integrations.demo;

import java.time.LocalDate;
import java.util.List;

import io.sentia.events.SentiaEvent;

/**
 * Read-only access to a generated demo dataset from outside this package, for tests that
 * check what the platform made of it against the generator's own records (devstack's
 * ledger reconciliation). It generates the same events the loader publishes for the same
 * spec; it keeps nothing and changes nothing.
 */
public final class DemoLedger {

	private DemoLedger() {
	}

	/**
	 * The events of one dataset, in the order they happened.
	 * @param tenantId tenant the events belong to
	 * @param seed seed of the generator
	 * @param firstDay first UTC day with data
	 * @param lastDay last UTC day with data
	 * @return the events, oldest first, exactly as the demo loader publishes them
	 */
	public static List<SentiaEvent> events(String tenantId, long seed, LocalDate firstDay, LocalDate lastDay) {
		return DemoDatasetGenerator.generate(new DemoDatasetSpec(tenantId, seed, firstDay, lastDay)).events();
	}

	/**
	 * The id of the dataset {@link #events} generates, as the dataset summary reports it
	 * ({@code /api/integrations/v1/demo/dataset}).
	 * @param seed seed of the generator
	 * @param firstDay first UTC day with data
	 * @param lastDay last UTC day with data
	 * @return version, seed and range in one id
	 */
	public static String datasetId(long seed, LocalDate firstDay, LocalDate lastDay) {
		return new DemoDatasetSpec("datasetId", seed, firstDay, lastDay).datasetId();
	}

}
