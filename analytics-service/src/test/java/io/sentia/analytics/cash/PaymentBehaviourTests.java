package io.sentia.analytics.cash;

import java.util.List;
import java.util.Map;

import io.sentia.analytics.cash.PaymentBehaviour.PaidInvoice;
import org.junit.jupiter.api.Test;

import static io.sentia.analytics.cash.CashOutlookEngineTests.date;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentBehaviourTests {

	@Test
	void averagesEachCustomersDaysLateRoundedHalfUp() {
		// Harrods: 10 and 5 days late → 7.5 → 8. Selfridges: 3 days early and on time →
		// −1.5 → −2 (half up rounds away from zero). Liberty: 1 day late.
		Map<String, Integer> late = PaymentBehaviour
			.averageDaysLate(List.of(new PaidInvoice("Harrods", date("2026-10-01"), date("2026-10-11")),
					new PaidInvoice("Harrods", date("2026-11-01"), date("2026-11-06")),
					new PaidInvoice("Selfridges", date("2026-10-10"), date("2026-10-07")),
					new PaidInvoice("Selfridges", date("2026-11-10"), date("2026-11-10")),
					new PaidInvoice("Liberty", date("2026-02-28"), date("2026-03-01"))));

		assertThat(late).containsExactly(Map.entry("Harrods", 8), Map.entry("Liberty", 1), Map.entry("Selfridges", -2));
	}

	@Test
	void aCustomerWithoutHistoryIsAbsentAndSoPaysOnTime() {
		assertThat(PaymentBehaviour.averageDaysLate(List.of())).isEmpty();
	}

}
