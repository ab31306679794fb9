package io.sentia.integrations.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoLedgerTests {

	@Test
	void theLedgerGivesTheEventsTheLoaderPublishesForTheSameSpec() {
		DemoDatasetSpec spec = StandardDemoDataset.SPEC;
		assertThat(DemoLedger.events(spec.tenantId(), spec.seed(), spec.firstDay(), spec.lastDay()))
			.isEqualTo(StandardDemoDataset.get().events());
		assertThat(DemoLedger.datasetId(spec.seed(), spec.firstDay(), spec.lastDay())).isEqualTo(spec.datasetId());
	}

}
