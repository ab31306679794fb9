package io.sentia.gateway.security.body;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a request body may be ({@code sentia.gateway.body-limits.*}).
 *
 * @param defaultMax the limit of every request no override matches
 * @param overrides other limits for path patterns, the most specific pattern winning
 */
@Validated
@ConfigurationProperties("sentia.gateway.body-limits")
public record BodyLimitProperties(@DefaultValue("1MB") @NotNull DataSize defaultMax,
		@DefaultValue List<@Valid @NotNull Override> overrides) {

	/**
	 * @param paths path patterns, e.g. {@code /api/integrations/v1/uploads/**}
	 * @param max their limit
	 */
	public record Override(@NotEmpty List<String> paths, @NotNull DataSize max) {

	}

}
