package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.tenants.TenantDirectory;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile's rates on the real schema: three years of daily GBP, EUR and USD
 * rates for each tenant that reports in one of them, written once, never over a manager's
 * rate, and the same on every run.
 */
@JdbcTest
class DemoRatesTests extends InfrastructureTests {

	private static final String GBP_TENANT = "5e471a00-0000-4000-8000-0000000d0001";

	private static final String AED_TENANT = "5e471a00-0000-4000-8000-0000000d0002";

	private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	private JdbcClient jdbc;

	private FxRateRepository repository;

	private final List<String> ratesChanged = new ArrayList<>();

	private DemoRates demoRates;

	@BeforeEach
	void seed() {
		this.repository = new FxRateRepository(this.namedJdbc);
		tenant(GBP_TENANT, "GBP");
		tenant(AED_TENANT, "AED");
		this.demoRates = new DemoRates(this.repository, new TenantDirectory(this.jdbc),
				Clock.fixed(NOW, ZoneOffset.UTC), this.ratesChanged::add);
	}

	@Test
	void everyDayOfThreeYearsGetsARateToEachOtherDemoCurrencyOnce() {
		this.demoRates.ensure();
		this.demoRates.ensure();

		List<FxRate> rates = this.repository.rates(GBP_TENANT, TODAY.minusYears(3), TODAY, null);
		long days = TODAY.minusYears(3).datesUntil(TODAY.plusDays(1)).count();
		assertThat(rates).hasSize((int) days * 2)
			.allSatisfy((rate) -> assertThat(rate.source()).isEqualTo(FxRateSource.DEMO))
			.extracting(FxRate::quote)
			.containsOnly("EUR", "USD");
		assertThat(this.repository.rates(AED_TENANT, TODAY, TODAY, null)).as("AED is not a demo currency").isEmpty();
		assertThat(this.ratesChanged).containsExactly(GBP_TENANT);
	}

	@Test
	void aManagersRateStaysAndTheRatesDependOnTheDateAlone() {
		this.repository.store(GBP_TENANT,
				List.of(new FxRate("GBP", "USD", TODAY.minusDays(1), new BigDecimal("1.5"), FxRateSource.MANUAL)), NOW);

		this.demoRates.ensure();

		assertThat(this.repository.rates(GBP_TENANT, TODAY.minusDays(1), TODAY.minusDays(1), "USD")).singleElement()
			.satisfies((rate) -> assertThat(rate.rate()).isEqualByComparingTo("1.5"));
		BigDecimal gbpPerEur = DemoRates.of(TODAY).rates().get("GBP");
		assertThat(DemoRates.of(TODAY).rates().get("GBP")).isEqualTo(gbpPerEur);
		assertThat(gbpPerEur).isBetween(new BigDecimal("0.80"), new BigDecimal("0.90"));
	}

	private void tenant(String tenantId, String baseCurrency) {
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, 'Tenant', 'tenant', ?, 'Europe/London', 'active', now())
				""").params(tenantId, baseCurrency).update();
	}

}
