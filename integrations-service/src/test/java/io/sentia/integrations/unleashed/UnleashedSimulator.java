package io.sentia.integrations.unleashed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * An Unleashed account simulated by WireMock, with a connector pointed at it whose waits
 * are recorded instead of slept, and helpers to build pages from the reference fixtures.
 */
final class UnleashedSimulator implements AutoCloseable {

	static final String API_ID = "0b4b1c9e-6f0e-4e3a-9d4b-0f1f2a3b4c5d";

	static final String API_KEY = "s3cr3t-unleashed-key==";

	final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	final List<Duration> waits = new ArrayList<>();

	final InMemoryCredentialVault vault = new InMemoryCredentialVault();

	final ConnectionSpec connection = new ConnectionSpec(UUID.randomUUID(), "tenant-1", Provider.UNLEASHED,
			"highland-harbour", "UK", "Unleashed", Map.of());

	/**
	 * Keeps fixture decimals (8.50, 1774.93449333333333) exact when pages are rebuilt.
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	final UnleashedConnector connector;

	UnleashedSimulator() {
		this.server.start();
		this.vault.store(this.connection.id(), new Secrets(Map.of("apiId", API_ID, "apiKey", API_KEY)));
		RateLimitedProviderHttp http = new RateLimitedProviderHttp(HttpClient.newHttpClient(),
				new RetrySettings(3, 2, Duration.ofMillis(100), Duration.ofSeconds(5)), Clock.systemUTC(),
				this.waits::add);
		this.connector = new UnleashedConnector(
				UnleashedProperties.of(URI.create(this.server.baseUrl()), Duration.ofSeconds(1)), http, this.vault);
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/** The first page object of a reference fixture (they are arrays of one page). */
	static ObjectNode fixturePage(String name) {
		try (InputStream in = UnleashedSimulator.class.getResourceAsStream("/unleashed/" + name)) {
			return (ObjectNode) JSON.readTree(in).get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page of {@code items} numbered {@code number} of {@code pages}. */
	static ObjectNode page(int number, int pages, int total, List<? extends JsonNode> items) {
		ObjectNode page = JSON.createObjectNode();
		ObjectNode pagination = page.putObject("Pagination");
		pagination.put("NumberOfItems", total);
		pagination.put("PageSize", 200);
		pagination.put("PageNumber", number);
		pagination.put("NumberOfPages", pages);
		ArrayNode array = page.putArray("Items");
		items.forEach(array::add);
		return page;
	}

	/** Base64(HMAC-SHA256) computed here, independently of the signer under test. */
	static String signature(String query) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(API_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(query.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
