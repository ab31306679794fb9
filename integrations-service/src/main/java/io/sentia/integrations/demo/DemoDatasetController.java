package io.sentia.integrations.demo;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Describes the demo dataset and how far loading it has come, to its own tenant only.
 */
@RestController
@Profile(DemoProfile.NAME)
@RequestMapping("/api/integrations/v1/demo")
class DemoDatasetController {

	private final DemoDatasets datasets;

	private final DemoLoadRepository repository;

	private final ObjectProvider<DemoDatasetLoader> loader;

	private final TenantContext tenantContext;

	DemoDatasetController(DemoDatasets datasets, DemoLoadRepository repository,
			ObjectProvider<DemoDatasetLoader> loader, TenantContext tenantContext) {
		this.datasets = datasets;
		this.repository = repository;
		this.loader = loader;
		this.tenantContext = tenantContext;
	}

	@GetMapping("/dataset")
	@Access(role = Role.VIEWER, scopes = "integrations.read")
	DemoDatasetReport dataset() {
		DemoDatasetSpec spec = this.datasets.spec();
		if (!spec.tenantId().equals(this.tenantContext.currentTenantId())) {
			// The demo dataset belongs to one tenant; to any other it does not exist.
			throw ApiProblemException.notFound("This tenant has no demo dataset.");
		}
		DemoDatasetLoader demoLoader = this.loader.getIfAvailable();
		boolean failed = demoLoader != null && demoLoader.failed();
		String lastError = (demoLoader != null) ? demoLoader.lastError() : null;
		DemoLoadStatus load = DemoLoadStatus.of(this.repository.find(spec.tenantId(), spec.datasetId()), failed,
				lastError);
		return new DemoDatasetReport(this.datasets.summary(), load);
	}

}
