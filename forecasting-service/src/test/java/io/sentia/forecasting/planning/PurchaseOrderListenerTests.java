package io.sentia.forecasting.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import io.sentia.events.Money;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Supplier;
import io.sentia.forecasting.ForecastingServiceTests;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purchase orders published to Kafka become units on order through the real broker and
 * database: only unreceived units of open orders count, the newest snapshot wins, and a
 * cancelled order no longer counts.
 */
class PurchaseOrderListenerTests extends ForecastingServiceTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	@Autowired
	private PurchaseOrderRepository repository;

	@Test
	void countsUnreceivedUnitsOfOpenOrdersAndLetsTheNewestSnapshotWin() throws Exception {
		String tenant = newTenant();
		publish(order(tenant, "PO-1", "partially_received", "2026-11-20T10:00:00Z",
				line("1", "WHISKY-12", 120, 20, null), line("2", "GIN-70", 60, 0, DUE.plusDays(7))));
		publish(order(tenant, "PO-2", "draft", "2026-11-20T10:00:00Z", line("1", "WHISKY-12", 500, 0, null)));

		List<OpenPurchase> whisky = await(tenant, "WHISKY-12", (open) -> !open.isEmpty());
		assertThat(whisky).containsExactly(new OpenPurchase("unleashed:PO-1", "WHISKY-12", "unleashed:MAIN", DUE, 100));
		assertThat(this.repository.openPurchases(tenant, "GIN-70"))
			.containsExactly(new OpenPurchase("unleashed:PO-1", "GIN-70", "unleashed:MAIN", DUE.plusDays(7), 60));

		// An older snapshot arriving late changes nothing; a newer cancellation removes
		// it.
		publish(order(tenant, "PO-1", "placed", "2026-11-19T10:00:00Z", line("1", "WHISKY-12", 999, 0, null)));
		publish(order(tenant, "PO-1", "cancelled", "2026-11-21T10:00:00Z", line("1", "WHISKY-12", 120, 20, null)));

		assertThat(await(tenant, "WHISKY-12", List::isEmpty)).isEmpty();
		assertThat(this.repository.openPurchases(tenant, "GIN-70")).isEmpty();
	}

	private List<OpenPurchase> await(String tenant, String sku, Predicate<List<OpenPurchase>> until) {
		return Awaitility.await()
			.alias("open purchases of " + sku + " reached the expected state")
			.atMost(PATIENCE)
			.until(() -> this.repository.openPurchases(tenant, sku), until);
	}

	private static PurchaseOrderUpserted order(String tenant, String id, String status, String updatedAt,
			PurchaseOrderUpserted.Line... lines) {
		BigDecimal total = List.of(lines)
			.stream()
			.map((line) -> line.lineTotal().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new PurchaseOrderUpserted(tenant, id, "unleashed", id, new Supplier("S-1", "SPEY", "Speyside Casks"),
				status, LocalDate.of(2026, 11, 15), DUE, "unleashed:MAIN", "GBP", List.of(lines),
				new Money(total, "GBP"), Instant.parse(updatedAt));
	}

	private static PurchaseOrderUpserted.Line line(String id, String sku, int quantity, int received,
			LocalDate expected) {
		BigDecimal cost = new BigDecimal("10.00");
		return new PurchaseOrderUpserted.Line(id, sku, quantity, received, new Money(cost, "GBP"),
				new Money(cost.multiply(BigDecimal.valueOf(quantity)), "GBP"), expected);
	}

}
