package io.sentia.bench.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * People reading the analytics dashboards through the gateway: each virtual user opens
 * the overview (sales KPIs in total, by region and by channel, working capital, the cash
 * outlook, receivables ageing), then explores sales by SKU, month, week or store, or the
 * inventory and payables, over a date range a person would pick (the last 7 or 30 days,
 * the quarter, the year, the last 12 months, all three years), pausing between pages as a
 * reader does. The users arrive over 5 s and each reads for {@code seconds}, so all of
 * them are reading at once for most of the run.
 * <p>
 * Settings (system properties): {@code gateway} (default {@code http://localhost:8080}),
 * {@code clientId}, {@code clientSecret} (a partner client of the tenant with
 * {@code analytics.read}), {@code label}, {@code users} (concurrent users, default 50),
 * {@code seconds} (default 60), {@code thinkMinMs} and {@code thinkMaxMs} (the pause
 * between pages, default 500 to 2000; 0 and 0 for no pause at all), {@code today}
 * (default today). The assertions are the analytics issue's targets: p95 ≤ 100 ms and
 * p99 ≤ 300 ms over every request, none failed.
 */
public class DashboardSimulation extends Simulation {

	private static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");

	private static final String CLIENT_ID = System.getProperty("clientId", "highland-harbour-reporting");

	private static final String CLIENT_SECRET = System.getProperty("clientSecret", "demo-partner-secret-2026");

	private static final String LABEL = System.getProperty("label", "demo");

	private static final int USERS = Integer.getInteger("users", 50);

	private static final int SECONDS = Integer.getInteger("seconds", 60);

	private static final int THINK_MIN_MS = Integer.getInteger("thinkMinMs", 500);

	private static final int THINK_MAX_MS = Integer.getInteger("thinkMaxMs", 2000);

	private static final LocalDate TODAY = LocalDate.parse(System.getProperty("today", LocalDate.now().toString()));

	private static final List<String> EXPLORE_GROUPS = List.of("sku", "month", "week", "store", "day");

	private final String token = accessToken();

	private final HttpProtocolBuilder protocol = http.baseUrl(GATEWAY)
		.acceptHeader("application/json")
		.authorizationHeader("Bearer " + this.token)
		.shareConnections();

	/** A date range and an exploring grouping per page view. */
	private final Iterator<Map<String, Object>> ranges = Stream.generate(() -> {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate from = switch (random.nextInt(6)) {
			case 0 -> TODAY.minusDays(6);
			case 1 -> TODAY.minusDays(29);
			case 2 -> TODAY.withDayOfMonth(1).minusMonths((TODAY.getMonthValue() - 1) % 3);
			case 3 -> TODAY.withDayOfYear(1);
			case 4 -> TODAY.minusYears(1).plusDays(1);
			default -> LocalDate.of(2024, 1, 1);
		};
		return Map.<String, Object>of("from", from.toString(), "to", TODAY.toString(), "explore",
				EXPLORE_GROUPS.get(random.nextInt(EXPLORE_GROUPS.size())));
	}).iterator();

	private final ChainBuilder overview = exec(
			http("sales total").get("/api/analytics/v1/sales?from=#{from}&to=#{to}&groupBy=total"),
			http("sales by region").get("/api/analytics/v1/sales?from=#{from}&to=#{to}&groupBy=region"),
			http("sales by channel").get("/api/analytics/v1/sales?from=#{from}&to=#{to}&groupBy=channel"),
			http("working capital").get("/api/analytics/v1/working-capital?from=#{from}&to=#{to}"),
			http("cash outlook").get("/api/analytics/v1/cash/outlook"),
			http("receivables ageing").get("/api/analytics/v1/receivables/ageing"));

	private final ChainBuilder explore = randomSwitch().on(
			percent(60.0).then(exec(http("sales explore").get(
					"/api/analytics/v1/sales?from=#{from}&to=#{to}&groupBy=#{explore}"))),
			percent(15.0).then(exec(http("inventory").get("/api/analytics/v1/inventory"))),
			percent(15.0).then(exec(http("payables ageing").get("/api/analytics/v1/payables/ageing"))),
			percent(10.0).then(exec(http("payment behaviour").get("/api/analytics/v1/customers/payment-behaviour"))));

	private final ScenarioBuilder readers = scenario("dashboard readers (" + LABEL + ")")
		.during(Duration.ofSeconds(SECONDS))
		.on(feed(this.ranges), this.overview, think(), this.explore, think());

	{
		setUp(this.readers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(5))))
			.protocols(this.protocol.check(status().is(200)))
			.maxDuration(Duration.ofSeconds(SECONDS + 30))
			.assertions(global().responseTime().percentile(95.0).lte(100),
					global().responseTime().percentile(99.0).lte(300), global().failedRequests().count().is(0L));
	}

	private static ChainBuilder think() {
		return (THINK_MAX_MS <= 0) ? exec((session) -> session)
				: exec(pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS)));
	}

	/** One token for the run, by the client credentials grant, as a partner gets one. */
	private static String accessToken() {
		String basic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException(
						"The token endpoint answered " + response.statusCode() + " for client " + CLIENT_ID);
			}
			return token.group(1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The gateway at " + GATEWAY + " is not reachable: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while getting a token", ex);
		}
	}

}
