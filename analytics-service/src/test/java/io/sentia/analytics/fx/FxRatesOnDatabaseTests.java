package io.sentia.analytics.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rates on real PostgreSQL: the feed read from a local HTTP server serving a saved ECB
 * file, crossed into each tenant's base currency; a manual rate that no feed run
 * replaces; and the converter other packages use, on stored rates.
 */
@JdbcTest
class FxRatesOnDatabaseTests extends InfrastructureTests {

	private static final String GBP_TENANT = "5e471a00-0000-4000-8000-0000000f0001";

	private static final String EUR_TENANT = "5e471a00-0000-4000-8000-0000000f0002";

	private static final String AED_TENANT = "5e471a00-0000-4000-8000-0000000f0003";

	private static final String SUSPENDED_TENANT = "5e471a00-0000-4000-8000-0000000f0004";

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static final Instant NOW = Instant.parse("2026-03-02T16:30:00Z");

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionOperations transaction;

	private FxRateRepository repository;

	private HttpServer server;

	private final AtomicReference<Answer> answer = new AtomicReference<>();

	@BeforeEach
	void seed() throws IOException {
		this.repository = new FxRateRepository(this.namedJdbc);
		tenant(GBP_TENANT, "GBP", "active");
		tenant(EUR_TENANT, "EUR", "active");
		tenant(AED_TENANT, "AED", "active");
		tenant(SUSPENDED_TENANT, "USD", "suspended");
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/eurofxref-daily.xml", (exchange) -> {
			Answer answer = this.answer.get();
			exchange.sendResponseHeaders(answer.status(), answer.body().length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(answer.body());
			}
		});
		this.server.start();
		try (InputStream sample = getClass().getResourceAsStream("/fx/eurofxref-daily.xml")) {
			this.answer.set(new Answer(200, sample.readAllBytes()));
		}
	}

	/** Tenants whose rates the feed reported changed, for the answers cache. */
	private final List<String> ratesChanged = new ArrayList<>();

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void theFeedStoresCrossRatesForEveryActiveTenantWhoseBaseItServes() {
		ReferenceRateFeed.Refreshed refreshed = feed().refresh();

		// 31 currencies in the file (30 quotes and the euro): 30 rates per served tenant.
		assertThat(refreshed).isEqualTo(new ReferenceRateFeed.Refreshed(1, 2, 60));
		List<FxRate> gbp = this.repository.rates(GBP_TENANT, MONDAY, MONDAY, null);
		assertThat(gbp).hasSize(30).allSatisfy((rate) -> {
			assertThat(rate.base()).isEqualTo("GBP");
			assertThat(rate.source()).isEqualTo(FxRateSource.ECB);
		});
		assertThat(rate(gbp, "USD")).isEqualByComparingTo(new BigDecimal("1.0823").divide(new BigDecimal("0.8513"),
				FxRateTable.RATE_SCALE, RoundingMode.HALF_UP));
		assertThat(rate(gbp, "EUR")).isEqualByComparingTo(
				BigDecimal.ONE.divide(new BigDecimal("0.8513"), FxRateTable.RATE_SCALE, RoundingMode.HALF_UP));
		assertThat(rate(this.repository.rates(EUR_TENANT, MONDAY, MONDAY, "USD"), "USD"))
			.isEqualByComparingTo("1.0823");
		assertThat(this.repository.rates(AED_TENANT, MONDAY, MONDAY, null)).as("AED is not quoted by the ECB")
			.isEmpty();
		assertThat(this.repository.rates(SUSPENDED_TENANT, MONDAY, MONDAY, null)).isEmpty();
		// Their cached answers are dropped: the tenants served, and only those.
		assertThat(this.ratesChanged).containsExactlyInAnyOrder(GBP_TENANT, EUR_TENANT);
	}

	@Test
	void aManualRateSurvivesTheFeedAndAFeedRunAgainChangesNothing() {
		this.repository.store(GBP_TENANT,
				List.of(new FxRate("GBP", "USD", MONDAY, new BigDecimal("1.25"), FxRateSource.MANUAL)), NOW);

		ReferenceRateFeed.Refreshed first = feed().refresh();
		ReferenceRateFeed.Refreshed again = feed().refresh();

		assertThat(first.rates()).isEqualTo(59);
		assertThat(again.rates()).isEqualTo(59);
		assertThat(this.repository.rates(GBP_TENANT, MONDAY, MONDAY, "USD")).singleElement()
			.isEqualTo(new FxRate("GBP", "USD", MONDAY, new BigDecimal("1.25"), FxRateSource.MANUAL));
		assertThat(this.jdbc.sql("SELECT count(*) FROM fx_rate WHERE tenant_id = ?")
			.param(GBP_TENANT)
			.query(Integer.class)
			.single()).isEqualTo(30);
	}

	@Test
	void aFailingOrHostileFeedStoresNothing() {
		this.answer.set(new Answer(503, "busy".getBytes()));
		assertThatExceptionOfType(ReferenceRateFeed.FeedUnavailableException.class).isThrownBy(() -> feed().refresh())
			.withMessageContaining("503");

		this.answer.set(new Answer(200, """
				<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<Cube><Cube time="2026-03-02"><Cube currency="USD" rate="&e;"/></Cube></Cube>""".getBytes()));
		assertThatExceptionOfType(EcbRatesParser.FeedFormatException.class).isThrownBy(() -> feed().refresh());

		feed().scheduledRefresh();
		assertThat(this.jdbc.sql("SELECT count(*) FROM fx_rate").query(Integer.class).single()).isZero();
	}

	@Test
	void theConverterUsesStoredRatesAndTheTenantsBaseCurrency() {
		this.repository.store(GBP_TENANT,
				List.of(new FxRate("GBP", "USD", MONDAY.minusDays(10), new BigDecimal("1.20"), FxRateSource.MANUAL),
						new FxRate("GBP", "USD", MONDAY, new BigDecimal("1.25"), FxRateSource.ECB),
						new FxRate("GBP", "EUR", MONDAY.plusDays(3), new BigDecimal("1.17"), FxRateSource.ECB)),
				NOW);
		FxConverter converter = new FxConverter(this.repository, new TenantDirectory(this.jdbc));

		assertThat(converter.baseCurrency(GBP_TENANT)).contains("GBP");
		assertThat(converter.baseCurrency("unknown-tenant")).isEmpty();
		FxConversion usd = converter.convert(GBP_TENANT, new BigDecimal("125.00"), "USD", "GBP", MONDAY.plusDays(2));
		assertThat(usd.amount()).isEqualByComparingTo("100");
		assertThat(usd.earlierRateUsed()).isTrue();
		assertThat(usd.rateDate()).isEqualTo(MONDAY);
		FxConversion eur = converter.convert(GBP_TENANT, new BigDecimal("117.00"), "EUR", "GBP", MONDAY);
		assertThat(eur.gap()).as("the only EUR rate is of a later day").isTrue();
		assertThat(converter.convert(AED_TENANT, BigDecimal.TEN, "AED", "AED", MONDAY).amount())
			.isEqualTo(BigDecimal.TEN);

		FxRateTable week = converter.rates(GBP_TENANT, MONDAY.minusDays(1), MONDAY.plusDays(6));
		assertThat(week.convert(new BigDecimal("100"), "GBP", "USD", MONDAY.minusDays(1)).appliedRate())
			.isEqualByComparingTo("1.20");
		assertThat(week.convert(new BigDecimal("100"), "GBP", "EUR", MONDAY.plusDays(6)).amount())
			.isEqualByComparingTo("117");
	}

	private ReferenceRateFeed feed() {
		URI url = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/eurofxref-daily.xml");
		return new ReferenceRateFeed(
				new FxFeedProperties(true, url, Duration.ofHours(6), Duration.ofMinutes(1), Duration.ofSeconds(5)),
				this.repository, new TenantDirectory(this.jdbc), this.transaction, Clock.fixed(NOW, ZoneOffset.UTC),
				this.ratesChanged::add);
	}

	private void tenant(String tenantId, String baseCurrency, String status) {
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, 'Tenant', 'tenant', ?, 'Europe/London', ?, now())
				""").params(tenantId, baseCurrency, status).update();
	}

	private static BigDecimal rate(List<FxRate> rates, String quote) {
		return rates.stream().filter((rate) -> rate.quote().equals(quote)).findFirst().orElseThrow().rate();
	}

	private record Answer(int status, byte[] body) {
	}

}
