package io.sentia.integrations.shopify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.InMemoryCredentialVault;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.http.RateLimitedProviderHttp;
import io.sentia.integrations.http.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION;
import static io.sentia.integrations.shopify.ShopifyFixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures a simulated 100k-order backfill: the connector's reader pages through a
 * WireMock Shopify that generates GraphQL order pages on the fly (the official order with
 * new ids and update times, honouring the window and cursor), cut into the stream's
 * backfill windows as the sync engine cuts them, and every page is mapped to
 * {@code OrderUpserted} as it arrives. Not part of the normal build:
 * {@code bench/integrations/shopify-backfill.sh} runs it with
 * {@code -Dsentia.measure=true}. It asserts that every order arrived exactly once (never
 * how long it took).
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class ShopifyBackfillMeasurementTests {

	private static final int ORDERS = Integer.getInteger("sentia.measure.orders", 100_000);

	private static final int PAGE_SIZE = Integer.getInteger("sentia.measure.pageSize", 10);

	private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

	/** One order changes every minute: 100k orders span about 69 days. */
	private static final Duration SPACING = Duration.ofMinutes(1);

	@Test
	void backfillsEveryOrderOnce() throws IOException {
		WireMockServer shopify = new WireMockServer(
				options().dynamicPort().bindAddress("127.0.0.1").extensions(new GeneratedOrders()));
		shopify.start();
		try {
			shopify.stubFor(post(urlEqualTo(ShopifyConnectorTests.GRAPHQL)).willReturn(
					aResponse().withHeader("Content-Type", "application/json").withTransformers(GeneratedOrders.NAME)));
			InMemoryCredentialVault vault = new InMemoryCredentialVault();
			vault.store(CONNECTION_ID, new Secrets(Map.of("accessToken", "shpat_bench", "apiSecret", "s")));
			List<Duration> waits = new ArrayList<>();
			ShopifyProperties properties = new ShopifyProperties(
					"http://127.0.0.1:" + shopify.port() + "/{shop}/admin/api/{version}", "2026-07", PAGE_SIZE, 10, 100,
					Duration.ofHours(5), 5);
			ShopifyConnector connector = new ShopifyConnector(new ShopifyAdminApi(
					new RateLimitedProviderHttp(HttpClient.newHttpClient(), RetrySettings.defaults(), Clock.systemUTC(),
							waits::add),
					vault, properties, Clock.systemUTC()), properties);
			StreamDefinition orders = connector.streams().getFirst();
			MappingSink sink = new MappingSink(connector.mapper("orders"));
			Instant end = FIRST.plus(SPACING.multipliedBy(ORDERS));

			long started = System.nanoTime();
			int windows = 0;
			for (Instant from = FIRST; from.isBefore(end); from = from.plus(orders.backfillWindow())) {
				connector.reader("orders")
					.read(new ReadRequest(CONNECTION, "orders", from, from.plus(orders.backfillWindow()), null), sink);
				windows++;
			}
			long finished = System.nanoTime();

			assertThat(sink.distinct.cardinality()).isEqualTo(ORDERS);
			assertThat(sink.events).isEqualTo(ORDERS);
			report(windows, sink, started, finished, waits);
		}
		finally {
			shopify.stop();
		}
	}

	private static void report(int windows, MappingSink sink, long started, long finished, List<Duration> waits)
			throws IOException {
		double seconds = (finished - started) / 1e9;
		String line = String.format(Locale.ROOT,
				"%s orders=%d page_size=%d pages=%d windows=%d total_s=%.1f records_per_s=%.0f map_s=%.1f "
						+ "rate_waits_s=%.1f cores=%d load_avg=%s%n",
				Instant.now(), sink.events, PAGE_SIZE, sink.pages, windows, seconds, sink.events / seconds,
				sink.mapNanos / 1e9, waits.stream().mapToLong(Duration::toMillis).sum() / 1000.0,
				Runtime.getRuntime().availableProcessors(), loadAverage());
		System.out.print("shopify backfill: " + line);
		Path report = Path.of(System.getProperty("sentia.measure.report", "target/shopify-backfill.txt"));
		Files.writeString(report, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (!Files.exists(loadavg)) {
			return "unknown";
		}
		String[] fields = Files.readString(loadavg).split(" ");
		return fields[0] + "/" + fields[1] + "/" + fields[2];
	}

	/** Maps each page as the ingestion would, counting events and distinct orders. */
	private static final class MappingSink implements PageSink {

		private final RecordMapper mapper;

		private final FixedMappingContext context = FixedMappingContext.of(CONNECTION.source());

		final BitSet distinct = new BitSet();

		long events;

		long pages;

		long mapNanos;

		MappingSink(RecordMapper mapper) {
			this.mapper = mapper;
		}

		@Override
		public void page(List<RawRecord> records, Progress progress) {
			long start = System.nanoTime();
			for (RawRecord record : records) {
				for (SentiaEvent event : this.mapper.map(record, this.context)) {
					OrderUpserted order = (OrderUpserted) event;
					int index = (int) (Long.parseLong(order.orderId()) - GeneratedOrders.FIRST_ID);
					if (!this.distinct.get(index)) {
						this.distinct.set(index);
						this.events++;
					}
				}
			}
			this.pages++;
			this.mapNanos += System.nanoTime() - start;
		}

		@Override
		public boolean cancelled() {
			return false;
		}

	}

	/**
	 * Answers the orders query with generated orders: order {@code i} has id
	 * {@code FIRST_ID + i} and was updated at {@code FIRST + i minutes}; the window comes
	 * from the query's {@code updated_at} bounds, the position from the cursor.
	 */
	static final class GeneratedOrders implements ResponseDefinitionTransformerV2 {

		static final String NAME = "shopify-generated-orders";

		static final long FIRST_ID = 5_000_000_000L;

		private static final Pattern FROM = Pattern.compile("updated_at:>='([^']+)'");

		private static final Pattern TO = Pattern.compile("updated_at:<'([^']+)'");

		private final String template;

		GeneratedOrders() {
			ObjectNode order = (ObjectNode) ShopifyFixtures.json("graphql/orders.page-1.json")
				.path("data")
				.path("orders")
				.path("nodes")
				.get(0)
				.deepCopy();
			order.put("id", "gid://shopify/Order/@ID@").put("legacyResourceId", "@ID@");
			order.put("createdAt", "@AT@").put("processedAt", "@AT@").put("updatedAt", "@AT@");
			this.template = order.toString();
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			JsonNode request = ShopifyAdminApi.JSON.readTree(event.getRequest().getBodyAsString());
			JsonNode variables = request.path("variables");
			String query = variables.path("query").asString();
			long first = index(bound(FROM, query), false);
			// A window past the last generated order is empty, not negative.
			long last = Math.max(first, Math.min(ORDERS, index(bound(TO, query), true)));
			long start = variables.path("after").isNull() ? first : Long.parseLong(variables.path("after").asString());
			long end = Math.min(last, start + variables.path("first").asInt());
			StringBuilder body = new StringBuilder(2_048 + (int) (end - start) * (this.template.length() + 64));
			body.append("{\"data\":{\"orders\":{\"pageInfo\":{\"hasNextPage\":")
				.append(end < last)
				.append(",\"endCursor\":\"")
				.append(end)
				.append("\"},\"nodes\":[");
			for (long i = start; i < end; i++) {
				if (i > start) {
					body.append(',');
				}
				body.append(this.template.replace("@ID@", Long.toString(FIRST_ID + i))
					.replace("@AT@", FIRST.plus(SPACING.multipliedBy(i)).toString()));
			}
			body.append("]}},\"extensions\":{\"cost\":{\"requestedQueryCost\":962,\"actualQueryCost\":")
				.append(2 + (end - start) * 3)
				.append(",\"throttleStatus\":{\"maximumAvailable\":1000.0,\"currentlyAvailable\":1000,")
				.append("\"restoreRate\":50.0}}}}");
			return ResponseDefinitionBuilder.like(event.getResponseDefinition())
				.but()
				.withBody(body.toString())
				.build();
		}

		private static Instant bound(Pattern pattern, String query) {
			Matcher matcher = pattern.matcher(query);
			return matcher.find() ? Instant.parse(matcher.group(1)) : null;
		}

		/**
		 * The first order index at or after {@code at} (or, for an upper bound, before
		 * it).
		 */
		private static long index(Instant at, boolean upper) {
			if (at == null) {
				return upper ? Long.MAX_VALUE : 0;
			}
			long minutes = Duration.between(FIRST, at).toMillis();
			long spacing = SPACING.toMillis();
			long index = Math.floorDiv(minutes + spacing - 1, spacing);
			return Math.max(0, index);
		}

	}

}
