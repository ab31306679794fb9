package io.sentia.analytics.recommendations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.Money;
import io.sentia.events.PurchasePlanChanged;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.Supplier;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggested purchases on real PostgreSQL: the latest recommendation per SKU and location,
 * the highest revision of each plan with exactly its purchases, read as one list.
 */
@JdbcTest
class SuggestedPurchaseRepositoryTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-0000000f0d03";

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private static final Supplier SUPPLIER = new Supplier("sup-1", null, "Highland Glass");

	@Autowired
	private JdbcClient jdbc;

	private SuggestedPurchaseRepository suggestions;

	@BeforeEach
	void repository() {
		this.suggestions = new SuggestedPurchaseRepository(this.jdbc);
	}

	@Test
	void keepsTheLatestRecommendationPerSkuAndLocationAndTheHighestPlanRevision() {
		this.suggestions.upsert(recommendation("rec-1", "GIN-70", "unleashed:MAIN", 48, T0, "480.00"));
		this.suggestions.upsert(recommendation("rec-2", "GIN-70", "unleashed:MAIN", 24, T0.plusSeconds(60), null));
		this.suggestions.upsert(recommendation("rec-0", "GIN-70", "unleashed:MAIN", 96, T0.minusSeconds(60), "9.00"));
		this.suggestions.upsert(recommendation("rec-3", "GIN-70", "amazon-fba:UK", 12, T0, "120.00"));
		this.suggestions.upsert(plan(2, "RUM-70", "TONIC-20"));
		this.suggestions.upsert(plan(1, "VODKA-70"));

		List<SuggestedPurchase> all = this.suggestions.suggestedPurchases(TENANT);

		assertThat(all)
			.extracting((purchase) -> purchase.origin() + " " + purchase.suggestionId() + " " + purchase.sku() + " "
					+ purchase.locationId() + " " + purchase.quantity() + " " + purchase.cost() + " "
					+ purchase.planRevision())
			.containsExactly("PURCHASE_PLAN plan-1 RUM-70 null 10 100.0000 2",
					"PURCHASE_PLAN plan-1 TONIC-20 null 10 100.0000 2",
					"REORDER_RECOMMENDATION rec-3 GIN-70 amazon-fba:UK 12 120.0000 null",
					"REORDER_RECOMMENDATION rec-2 GIN-70 unleashed:MAIN 24 null null");
		assertThat(all.getFirst().orderBy()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(all.getFirst().currency()).isEqualTo("GBP");
		assertThat(all.getFirst().supplierName()).isEqualTo("Highland Glass");
		assertThat(this.suggestions.suggestedPurchases("another-tenant")).isEmpty();
	}

	private static ReorderRecommended recommendation(String id, String sku, String location, int quantity,
			Instant generatedAt, String cost) {
		return new ReorderRecommended(TENANT, id, sku, location, SUPPLIER, quantity, LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 4, 10), 4, 0, 30, 10, 0.95, null,
				(cost != null) ? new Money(new BigDecimal(cost), "GBP") : null, "below reorder point", "run-1",
				generatedAt);
	}

	private static PurchasePlanChanged plan(long revision, String... skus) {
		List<PurchasePlanChanged.PlannedPurchase> purchases = java.util.Arrays.stream(skus)
			.map((sku) -> new PurchasePlanChanged.PlannedPurchase(sku, SUPPLIER, 10, LocalDate.of(2026, 3, 5),
					LocalDate.of(2026, 3, 30), new Money(new BigDecimal("100.00"), "GBP")))
			.toList();
		return new PurchasePlanChanged(TENANT, "plan-1", revision, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1),
				"GBP", purchases, new Money(new BigDecimal(100 * skus.length), "GBP"), "revision " + revision,
				T0.plusSeconds(revision));
	}

}
