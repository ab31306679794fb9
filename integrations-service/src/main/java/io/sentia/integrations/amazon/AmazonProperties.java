package io.sentia.integrations.amazon;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SP-API endpoints per region and the LWA token URL; configuration only, never tenant
 * input (SSRF).
 *
 * @param euEndpoint endpoint of the EU region (UK marketplace)
 * @param naEndpoint endpoint of the NA region (US marketplace)
 * @param tokenUrl Login with Amazon token URL
 */
@ConfigurationProperties("sentia.integrations.amazon")
public record AmazonProperties(@DefaultValue("https://sellingpartnerapi-eu.amazon.com") URI euEndpoint,
		@DefaultValue("https://sellingpartnerapi-na.amazon.com") URI naEndpoint,
		@DefaultValue("https://api.amazon.com/auth/o2/token") URI tokenUrl) {

	/** The endpoint serving a Sentia region ({@code UK} or {@code US}). */
	public URI endpoint(String region) {
		return "US".equals(region) ? this.naEndpoint : this.euEndpoint;
	}

}
