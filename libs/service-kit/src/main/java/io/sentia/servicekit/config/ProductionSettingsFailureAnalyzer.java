package io.sentia.servicekit.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the refused production settings as a list instead of a stack trace.
 */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsException cause) {
		StringBuilder description = new StringBuilder("The service refuses to start under the prod profile:");
		cause.problems()
			.forEach((problem) -> description.append(System.lineSeparator()).append("  - ").append(problem));
		return new FailureAnalysis(description.toString(),
				"Set the variables named above to production values, or start without the prod profile.", cause);
	}

}
