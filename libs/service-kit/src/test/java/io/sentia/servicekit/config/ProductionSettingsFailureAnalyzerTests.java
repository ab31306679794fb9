package io.sentia.servicekit.config;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused start prints the problems as a list, not a stack trace.
 */
class ProductionSettingsFailureAnalyzerTests {

	@Test
	void listsEveryProblemOnItsOwnLine() {
		ProductionSettingsException refusal = new ProductionSettingsException(
				List.of("the demo profile is active", "the database password is the development default"));

		FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer()
			.analyze(new IllegalStateException("startup failed", refusal));

		assertThat(analysis.getDescription().lines()).containsExactly(
				"The service refuses to start under the prod profile:", "  - the demo profile is active",
				"  - the database password is the development default");
		assertThat(analysis.getAction()).contains("prod profile");
	}

}
