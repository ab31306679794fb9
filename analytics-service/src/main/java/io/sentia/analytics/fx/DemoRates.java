package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.sentia.analytics.tenants.Tenant;
import io.sentia.analytics.tenants.TenantDirectory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Exchange rates for the demo profile, where no feed is reachable: every active tenant
 * whose base currency is GBP, EUR or USD gets a rate for each day of the last three years
 * between those currencies, marked {@code demo}. They are illustrative, not market data:
 * near the rates of 2024–2026 (1 EUR ≈ 0.85 GBP ≈ 1.08 USD) with a gentle yearly swing,
 * computed from the date alone so every run writes the same rates. A manager's upload
 * still replaces them.
 */
class DemoRates {

	/** The profile under which demo data exist. */
	static final String PROFILE = "demo";

	/** Days of history written back from today. */
	static final int YEARS = 3;

	private final FxRateRepository repository;

	private final TenantDirectory tenants;

	private final Clock clock;

	private final Consumer<String> ratesChanged;

	DemoRates(FxRateRepository repository, TenantDirectory tenants, Clock clock, Consumer<String> ratesChanged) {
		this.repository = repository;
		this.tenants = tenants;
		this.clock = clock;
		this.ratesChanged = ratesChanged;
	}

	/**
	 * Writes the demo rates of every tenant that has none for today yet: at start, and
	 * each minute for tenants that arrive later or when a new day begins.
	 */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT5S")
	void ensure() {
		LocalDate today = LocalDate.now(this.clock);
		for (Tenant tenant : this.tenants.active()) {
			if (served(tenant.baseCurrency())
					&& this.repository.rates(tenant.tenantId(), today, today, null).isEmpty()) {
				List<FxRate> rates = new ArrayList<>();
				for (LocalDate day = today.minusYears(YEARS); !day.isAfter(today); day = day.plusDays(1)) {
					rates.addAll(of(day).crossRates(tenant.baseCurrency(), FxRateSource.DEMO));
				}
				this.repository.store(tenant.tenantId(), rates, this.clock.instant());
				this.ratesChanged.accept(tenant.tenantId());
			}
		}
	}

	private static boolean served(String currency) {
		return currency.equals("GBP") || currency.equals("EUR") || currency.equals("USD");
	}

	/**
	 * The demo's reference rates of a day against the euro.
	 * @param day the day
	 * @return GBP and USD per EUR on that day
	 */
	static ReferenceRates of(LocalDate day) {
		double phase = 2 * Math.PI * day.getDayOfYear() / 365.25;
		long years = ChronoUnit.YEARS.between(LocalDate.of(2024, 1, 1), day);
		BigDecimal gbp = rate(0.85 + 0.01 * Math.sin(phase) - 0.005 * years);
		BigDecimal usd = rate(1.08 + 0.03 * Math.cos(phase) + 0.01 * years);
		return new ReferenceRates(day, "EUR", Map.of("GBP", gbp, "USD", usd));
	}

	private static BigDecimal rate(double value) {
		return new BigDecimal(value, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
	}

}
