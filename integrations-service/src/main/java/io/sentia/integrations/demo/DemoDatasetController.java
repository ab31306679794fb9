package io.sentia.integrations.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Describes the demo dataset and how far loading it has come.
 */
@RestController
@RequestMapping("/api/integrations/v1/demo")
class DemoDatasetController {

	private final DemoDatasets datasets;

	private final DemoLoadRepository repository;

	private final ObjectProvider<DemoDatasetLoader> loader;

	DemoDatasetController(DemoDatasets datasets, DemoLoadRepository repository,
			ObjectProvider<DemoDatasetLoader> loader) {
		this.datasets = datasets;
		this.repository = repository;
		this.loader = loader;
	}

	@GetMapping("/dataset")
	DemoDatasetReport dataset() {
		DemoDatasetSpec spec = this.datasets.spec();
		DemoDatasetLoader demoLoader = this.loader.getIfAvailable();
		boolean failed = demoLoader != null && demoLoader.failed();
		String lastError = (demoLoader != null) ? demoLoader.lastError() : null;
		DemoLoadStatus load = DemoLoadStatus.of(this.repository.find(spec.tenantId(), spec.datasetId()), failed,
				lastError);
		return new DemoDatasetReport(this.datasets.summary(), load);
	}

}
