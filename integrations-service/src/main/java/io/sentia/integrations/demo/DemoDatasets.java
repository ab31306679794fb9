package io.sentia.integrations.demo;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured demo dataset: generates it on demand (it is not kept, a full dataset is
 * tens of megabytes) and remembers its summary once computed.
 */
class DemoDatasets {

	private final DemoDatasetSpec spec;

	private final AtomicReference<DemoDatasetSummary> summary = new AtomicReference<>();

	DemoDatasets(DemoDatasetSpec spec) {
		this.spec = spec;
	}

	DemoDatasetSpec spec() {
		return this.spec;
	}

	/** Generates the dataset, and its summary if that is not known yet. */
	DemoDataset generate() {
		DemoDataset dataset = DemoDatasetGenerator.generate(this.spec);
		this.summary.compareAndSet(null, DemoDatasetSummary.of(dataset));
		return dataset;
	}

	DemoDatasetSummary summary() {
		DemoDatasetSummary known = this.summary.get();
		if (known != null) {
			return known;
		}
		generate();
		return this.summary.get();
	}

}
