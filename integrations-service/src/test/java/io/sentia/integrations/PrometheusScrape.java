package io.sentia.integrations;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import io.sentia.servicekit.security.SentiaSecurityProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reads {@code /actuator/prometheus} as Prometheus does, to check what metrics say about
 * tenants: a connection appears by its id only, never by the shop, mailbox, organisation
 * or seller account behind it.
 */
public final class PrometheusScrape {

	/** Actuator endpoints but health need the (development) operations credential. */
	private static final String OPERATIONS = "Basic "
			+ HttpHeaders.encodeBasicAuth(SentiaSecurityProperties.Operations.DEVELOPMENT_USERNAME,
					SentiaSecurityProperties.Operations.DEVELOPMENT_PASSWORD, StandardCharsets.UTF_8);

	private PrometheusScrape() {
	}

	/**
	 * Scrapes the service and asserts the connection is tagged by its id and none of the
	 * tenant's identifiers appears anywhere in the scrape.
	 * @param mvc the service
	 * @param connection the connection that was synced
	 * @param identifiers the tenant's provider identifiers (shop domain, mailbox, ...)
	 * @throws Exception when the scrape fails
	 */
	public static void assertNamesConnectionByIdOnly(MockMvc mvc, UUID connection, String... identifiers)
			throws Exception {
		String body = mvc
			.perform(get("/actuator/prometheus").accept("text/plain").header(HttpHeaders.AUTHORIZATION, OPERATIONS))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).as("scrape").contains("sentia_integrations_provider_calls_seconds_count{");
		assertThat(body).as("the connection's provider quota, by id")
			.containsPattern("sentia_integrations_provider_quota_remaining\\{[^}]*connection=\"" + connection + "\"");
		String lowerCase = body.toLowerCase(Locale.ROOT);
		for (String identifier : identifiers) {
			assertThat(lowerCase).as("the scrape names " + identifier)
				.doesNotContain(identifier.toLowerCase(Locale.ROOT));
		}
	}

}
