package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long one outlook takes for a tenant ten times the demo's size, with forecasts
 * passed per SKU or summed per channel and week. Runs only with
 * {@code -Dsentia.measure=true}.
 */
@EnabledIfSystemProperty(named = "sentia.measure", matches = "true")
class CashOutlookMeasurementTests {

	private static final LocalDate AS_OF = LocalDate.parse("2026-12-07");

	private static final List<String> CHANNELS = List.of("amazon", "shopify", "wholesale", "retail");

	@Test
	void projectsALargeTenantQuickly() {
		CashOutlookInput perSku = largeTenant();
		CashOutlookInput perChannel = perSku.withForecastSales(summedPerChannelAndWeek(perSku.forecastSales()));

		long[] perSkuNanos = time(perSku);
		long[] perChannelNanos = time(perChannel);

		System.out.printf("cash outlook, %d receivables, %d bills, %d suggested purchases:%n",
				perSku.receivables().size(), perSku.payables().size(), perSku.suggestedPurchases().size());
		System.out.printf("  %d forecast periods (per SKU): median %.1f ms, max %.1f ms%n",
				perSku.forecastSales().size(), perSkuNanos[perSkuNanos.length / 2] / 1e6,
				perSkuNanos[perSkuNanos.length - 1] / 1e6);
		System.out.printf("  %d forecast periods (per channel and week): median %.1f ms, max %.1f ms%n",
				perChannel.forecastSales().size(), perChannelNanos[perChannelNanos.length / 2] / 1e6,
				perChannelNanos[perChannelNanos.length - 1] / 1e6);
		assertThat(CashOutlookEngine.project(perSku).weeks()).hasSize(13);
	}

	private static long[] time(CashOutlookInput input) {
		for (int i = 0; i < 10; i++) {
			CashOutlookEngine.project(input);
		}
		long[] nanos = new long[30];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			CashOutlookEngine.project(input);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static CashOutlookInput largeTenant() {
		List<OpenReceivable> receivables = new ArrayList<>();
		List<OpenPayable> payables = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			receivables.add(new OpenReceivable("INV-" + i, "customer-" + (i % 300), AS_OF.plusDays(i % 120 - 30),
					BigDecimal.valueOf(10_000 + i, 2), i % 7 == 0));
		}
		for (int i = 0; i < 1_500; i++) {
			payables.add(new OpenPayable("BILL-" + i, "supplier-" + (i % 50), AS_OF.plusDays(i % 90 - 20),
					BigDecimal.valueOf(20_000 + i, 2), false));
		}
		List<ForecastSales> sales = new ArrayList<>();
		List<PlannedPurchase> suggested = new ArrayList<>();
		for (int sku = 0; sku < 400; sku++) {
			for (String channel : CHANNELS) {
				for (int week = 0; week < 13; week++) {
					LocalDate from = AS_OF.plusDays(7L * week);
					sales.add(new ForecastSales(channel, from, from.plusDays(6), BigDecimal.valueOf(123_45L + sku, 2)));
				}
			}
			suggested.add(new PlannedPurchase("SUG-" + sku, "supplier-" + (sku % 50), AS_OF.plusDays(sku % 60),
					AS_OF.plusDays(sku % 60 + 21), 30, BigDecimal.valueOf(250_000 + sku, 2), false));
		}
		return CashOutlookInput.of(AS_OF, "GBP", new BigDecimal("250000"), new BigDecimal("50000"))
			.withReceivables(receivables)
			.withCustomerDaysLate(Map.of("customer-1", 12, "customer-2", 30))
			.withPayables(payables)
			.withForecastSales(sales)
			.withSuggestedPurchases(suggested)
			.withPayoutPlans(List.of(
					new PayoutPlan("amazon", new BigDecimal("0.15"),
							new PayoutSchedule.Settlement(AS_OF.minusDays(3), 14, 3, new BigDecimal("0.1"), 14)),
					new PayoutPlan("shopify", new BigDecimal("0.02"), new PayoutSchedule.Daily(3, true)),
					new PayoutPlan("wholesale", BigDecimal.ZERO, new PayoutSchedule.NetTerms(30))))
			.withRecurringOutflows(List.of(
					new RecurringOutflow("Payroll", RecurringOutflow.Kind.PAYROLL, new BigDecimal("80000"), 25, false),
					new RecurringOutflow("Rent", RecurringOutflow.Kind.RENT, new BigDecimal("12000"), 1, false)));
	}

	private static List<ForecastSales> summedPerChannelAndWeek(List<ForecastSales> sales) {
		record Period(String channel, LocalDate from, LocalDate to) {
		}
		return sales.stream()
			.collect(Collectors.groupingBy((s) -> new Period(s.channel(), s.from(), s.to()),
					Collectors.reducing(BigDecimal.ZERO, ForecastSales::expectedRevenue, BigDecimal::add)))
			.entrySet()
			.stream()
			.map((e) -> new ForecastSales(e.getKey().channel(), e.getKey().from(), e.getKey().to(), e.getValue()))
			.toList();
	}

}
