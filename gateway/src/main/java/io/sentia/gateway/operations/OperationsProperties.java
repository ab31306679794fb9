package io.sentia.gateway.operations;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code /health/ready} and {@code /health/detailed} check
 * ({@code sentia.gateway.health.*}).
 *
 * @param registryUrl the Eureka server's base URL, as given to clients (ends in
 * {@code /eureka/})
 * @param expectedServices every service the platform needs, checked even when none is
 * registered
 * @param infrastructureComponents health component name (as services report it) to the
 * name of the infrastructure behind it, e.g. {@code db: PostgreSQL}
 * @param serviceHealthPath path of a service instance's health endpoint
 * @param probeTimeout the longest one probe may take
 */
@Validated
@ConfigurationProperties("sentia.gateway.health")
public record OperationsProperties(@NotNull URI registryUrl, @NotEmpty List<@NotBlank String> expectedServices,
		@NotEmpty Map<String, String> infrastructureComponents, @NotBlank String serviceHealthPath,
		@NotNull Duration probeTimeout) {

	public OperationsProperties {
		if (registryUrl != null && !registryUrl.getPath().endsWith("/")) {
			// Resolving "apps" against .../eureka must land on .../eureka/apps.
			registryUrl = URI.create(registryUrl + "/");
		}
	}

}
