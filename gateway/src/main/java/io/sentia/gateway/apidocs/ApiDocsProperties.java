package io.sentia.gateway.apidocs;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which services' OpenAPI documents the gateway publishes
 * ({@code sentia.gateway.api-docs}).
 *
 * @param services document name (the last path segment of {@code /v3/api-docs/<name>}) to
 * the Eureka service id serving it
 * @param timeout the longest fetching one document may take
 */
@Validated
@ConfigurationProperties("sentia.gateway.api-docs")
public record ApiDocsProperties(@NotEmpty Map<String, @NotBlank String> services,
		@DefaultValue("5s") @NotNull Duration timeout) {

}
