package io.sentia.analytics.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase orders read model on real PostgreSQL: a newer state replaces the header
 * and all of its lines, an older one neither, and open orders are the placed and partly
 * received ones.
 */
@JdbcTest
class PurchaseOrderRepositoryTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-0000000f0a01";

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	private JdbcClient jdbc;

	private PurchaseOrderRepository orders;

	@BeforeEach
	void repository() {
		this.orders = new PurchaseOrderRepository(this.jdbc);
	}

	@Test
	void aNewerStateReplacesTheLinesAndAnOlderOneChangesNothing() {
		this.orders.upsert(order("PO-1", "placed", T0, "L1", "L2", "L3"));
		this.orders.upsert(order("PO-1", "partially_received", T0.plusSeconds(60), "L2"));
		this.orders.upsert(order("PO-1", "draft", T0.plusSeconds(30), "L1", "L4"));

		assertThat(this.orders.orders(TENANT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).singleElement()
			.satisfies((order) -> {
				assertThat(order.status()).isEqualTo("partially_received");
				assertThat(order.lines()).extracting(PurchaseOrder.Line::lineId).containsExactly("L2");
				assertThat(order.lines().getFirst().outstandingQuantity()).isEqualTo(6);
				assertThat(order.total()).isEqualByComparingTo("100.00");
			});
	}

	@Test
	void openOrdersArePlacedOrPartlyReceivedWithTheirOwnLines() {
		this.orders.upsert(order("PO-1", "placed", T0, "L1"));
		this.orders.upsert(order("PO-2", "partially_received", T0, "L1", "L2"));
		this.orders.upsert(order("PO-3", "received", T0, "L1"));
		this.orders.upsert(order("PO-4", "cancelled", T0, "L1"));
		this.orders.upsert(order("PO-5", "draft", T0, "L1"));

		assertThat(this.orders.openOrders(TENANT))
			.extracting((order) -> order.purchaseOrderId() + " " + order.lines().size())
			.containsExactly("PO-1 1", "PO-2 2");
		assertThat(this.orders.openOrders("another-tenant")).isEmpty();
	}

	private static PurchaseOrder order(String id, String status, Instant updatedAt, String... lineIds) {
		List<PurchaseOrder.Line> lines = new ArrayList<>();
		for (String lineId : lineIds) {
			lines.add(new PurchaseOrder.Line(lineId, "GIN-70", 10, 4, new BigDecimal("10.00"), new BigDecimal("100.00"),
					null));
		}
		return new PurchaseOrder(TENANT, "unleashed", id, id, "sup-1", "Highland Glass", status,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), null, "GBP",
				new BigDecimal("100.00").multiply(BigDecimal.valueOf(lines.size())), lines, updatedAt);
	}

}
