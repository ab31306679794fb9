package io.sentia.integrations.unleashed;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how Unleashed is called; the base URL is configuration, never tenant input
 * (SSRF).
 *
 * @param apiBaseUrl API root, e.g. {@code https://api.unleashedsoftware.com}
 * @param clientType value of the {@code client-type} header ({@code company/app})
 * @param pageSize records per page (Unleashed allows at most 1000)
 * @param minInterval least time between two calls of one account, since Unleashed
 * publishes no limits
 */
@ConfigurationProperties("sentia.integrations.unleashed")
public record UnleashedProperties(@DefaultValue("https://api.unleashedsoftware.com") URI apiBaseUrl,
		@DefaultValue("sentia/integrations") String clientType, @DefaultValue("200") int pageSize,
		@DefaultValue("1s") Duration minInterval) {

	public UnleashedProperties {
		if (pageSize < 1 || pageSize > 1000) {
			throw new IllegalArgumentException("sentia.integrations.unleashed.page-size must be 1..1000");
		}
	}

}
