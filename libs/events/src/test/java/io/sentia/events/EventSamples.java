package io.sentia.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.ActorType;
import io.sentia.events.BankTransactionRecorded.BankAccount;
import io.sentia.events.ForecastPublished.BacktestAccuracy;
import io.sentia.events.ForecastPublished.Granularity;
import io.sentia.events.ForecastPublished.Interval;
import io.sentia.events.ForecastPublished.Point;
import io.sentia.events.ForecastPublished.SeriesKey;
import io.sentia.events.InventoryLevelChanged.Location;
import io.sentia.events.InventoryLevelChanged.LocationType;
import io.sentia.events.ProductUpserted.BundleComponent;
import io.sentia.events.PurchasePlanChanged.PlannedPurchase;

/**
 * One realistic instance of every event in the catalogue, for the demo tenant (a spirits
 * maker selling on Shopify and Amazon, stock in Unleashed, books in Xero).
 */
final class EventSamples {

	static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static final Supplier GLASSWORKS = new Supplier("5c1b1f4e-8a44-4c2e-9a52-0f3c1a6b7d21", "GLASS01",
			"Clyde Glassworks Ltd");

	private EventSamples() {
	}

	static List<SentiaEvent> all() {
		return List.of(order(), product(), inventoryLevel(), purchaseOrder(), invoice(), payment(), bankTransaction(),
				syncRun(), forecast(), reorder(), purchasePlan(), alert(), tenantCreated(), tenantUpdated(), audit(),
				memberChanged(), accountMail(), alertResolved(), suggestionChanged());
	}

	static Money gbp(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

	static OrderUpserted order() {
		return new OrderUpserted(TENANT, "5731224862872", "shopify", "shopify", "UK", "highland-harbour-uk",
				"partially_refunded", Instant.parse("2026-03-02T09:14:27Z"), Instant.parse("2026-03-05T16:40:03.512Z"),
				"GBP",
				List.of(new OrderLine("14017891025048", "HH-WHISKY-12-70CL", 2, gbp("42.00"), gbp("84.00")),
						new OrderLine("14017891057816", "HH-GIN-LONDON-70CL", 1, gbp("32.50"), gbp("29.25"))),
				gbp("113.25"));
	}

	static ProductUpserted product() {
		return new ProductUpserted(TENANT, "HH-GIFT-DUO", "Highland & Harbour Gift Duo (2 x 70cl)", "unleashed",
				gbp("24.3125"), gbp("69.00"), 21, 48, 6, GLASSWORKS,
				List.of(new BundleComponent("HH-WHISKY-12-70CL", 1), new BundleComponent("HH-GIN-LONDON-70CL", 1)),
				true, Instant.parse("2026-02-11T08:00:00Z"));
	}

	static InventoryLevelChanged inventoryLevel() {
		return new InventoryLevelChanged(TENANT, "HH-WHISKY-12-70CL",
				new Location("amazon-fba:UK", "Amazon FBA UK", LocationType.AMAZON_FBA), "amazon", 412, 380, 240, 32,
				Instant.parse("2026-03-05T06:00:00Z"));
	}

	static PurchaseOrderUpserted purchaseOrder() {
		return new PurchaseOrderUpserted(TENANT, "a3f1c9e2-2b7d-4f0a-9c64-51e8d2f0b7aa", "unleashed", "PO-00412",
				GLASSWORKS, "partially_received", LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-13"),
				"unleashed:MAIN", "GBP",
				List.of(new PurchaseOrderUpserted.Line("1", "HH-BOTTLE-70CL", 6000, 3000, gbp("0.8150"), gbp("4890.00"),
						LocalDate.parse("2026-03-06")),
						new PurchaseOrderUpserted.Line("2", "HH-STOPPER-OAK", 6000, 0, gbp("0.2200"), gbp("1320.00"),
								null)),
				gbp("6210.00"), Instant.parse("2026-03-06T11:22:41Z"));
	}

	static InvoiceUpserted invoice() {
		return new InvoiceUpserted(TENANT, "243216c5-369e-4056-ac67-05388f86dc81", "xero", InvoiceType.ACCREC,
				"INV-0187", "Harvey Nichols spring order",
				new Contact("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7", "Harvey Nichols & Co Ltd"),
				LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), "authorised", "GBP", gbp("2400.00"),
				gbp("480.00"), gbp("2880.00"), gbp("1000.00"), gbp("0.00"), gbp("1880.00"), null,
				Instant.parse("2026-03-10T14:03:12.770Z"));
	}

	static PaymentRecorded payment() {
		return new PaymentRecorded(TENANT, "99ea7f6b-c513-4066-bc27-b7c65dcd76c2", "xero", CashDirection.IN,
				"243216c5-369e-4056-ac67-05388f86dc81", "INV-0187",
				new Contact("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7", "Harvey Nichols & Co Ltd"),
				LocalDate.parse("2026-03-10"), gbp("1000.00"), "5690f1e8-1d02-4893-90c2-ee1a69eff942", "Part payment",
				"authorised", false, Instant.parse("2026-03-10T14:03:12Z"));
	}

	static BankTransactionRecorded bankTransaction() {
		return new BankTransactionRecorded(TENANT, "db54aab0-ad40-4ced-bcff-0940ba20db2c", "xero",
				new BankAccount("6f7594f2-f059-4d56-9e67-47ac9733bfe9", "090", "Business Current Account"),
				CashDirection.OUT, "SPEND", new Contact("9c2c64de-12c9-4167-b503-e2c0e1aa1f49", "HMRC"),
				LocalDate.parse("2026-03-07"), gbp("18250.00"), "Spirits duty February", "authorised", true,
				Instant.parse("2026-03-07T09:30:00Z"));
	}

	static SyncRunFinished syncRun() {
		return new SyncRunFinished(TENANT, "0f8e2d4c-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
				"c0ffee00-0000-4000-8000-00000000a001", "amazon", "orders", Instant.parse("2026-03-05T06:00:00Z"),
				Instant.parse("2026-03-05T06:03:12.400Z"), 192_400L, new SyncRunFinished.Counts(1250, 118, 1130, 2),
				SyncRunFinished.Outcome.PARTIAL,
				new SyncRunFinished.Failure("mapping_failed", "2 orders had items without a seller SKU"));
	}

	static ForecastPublished forecast() {
		return new ForecastPublished(TENANT, "7b9e6c1a-3d2f-4e8a-b5c4-9f0e1d2c3b4a",
				new SeriesKey("HH-WHISKY-12-70CL", "amazon", "UK"), "ets", Granularity.WEEK,
				LocalDate.parse("2026-03-01"), Instant.parse("2026-03-02T03:00:00Z"),
				List.of(new Point(LocalDate.parse("2026-03-02"), 64.2, new Interval(51.0, 77.4),
						new Interval(47.3, 81.1), new Interval(44.1, 84.3)),
						new Point(LocalDate.parse("2026-03-09"), 66.8, new Interval(52.2, 81.4),
								new Interval(48.0, 85.6), new Interval(44.3, 89.3))),
				new BacktestAccuracy(8, 14.7, 0.82, 0.79, 0.88, 0.94));
	}

	static ReorderRecommended reorder() {
		return new ReorderRecommended(TENANT, "e4d3c2b1-a098-4765-8432-10fedcba9876", "HH-WHISKY-12-70CL",
				"unleashed:MAIN", GLASSWORKS, 1200, LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-30"), 380,
				240, 610, 140, 0.95, LocalDate.parse("2026-04-02"), gbp("21480.00"),
				"Available plus inbound covers 3.1 weeks; lead time is 3 weeks", "7b9e6c1a-3d2f-4e8a-b5c4-9f0e1d2c3b4a",
				Instant.parse("2026-03-02T03:05:00Z"));
	}

	static PurchasePlanChanged purchasePlan() {
		return new PurchasePlanChanged(TENANT, "default", 17, LocalDate.parse("2026-03-02"),
				LocalDate.parse("2026-08-30"), "GBP",
				List.of(new PlannedPurchase("HH-WHISKY-12-70CL", GLASSWORKS, 1200, LocalDate.parse("2026-03-09"),
						LocalDate.parse("2026-03-30"), gbp("21480.00")),
						new PlannedPurchase("HH-GIN-LONDON-70CL", null, 600, LocalDate.parse("2026-04-20"),
								LocalDate.parse("2026-05-04"), gbp("5310.00"))),
				gbp("26790.00"), "Amazon UK forecast for HH-WHISKY-12-70CL rose 12%",
				Instant.parse("2026-03-02T03:05:00Z"));
	}

	static AlertRaised alert() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("sku", "HH-WHISKY-12-70CL");
		facts.put("location", "Amazon FBA UK");
		facts.put("daysOfCover", "9.5");
		facts.put("projectedStockout", "2026-03-14");
		return new AlertRaised(TENANT, "1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "stockout_risk",
				AlertRaised.Severity.CRITICAL, "stockout_risk:amazon-fba:UK:HH-WHISKY-12-70CL",
				"HH-WHISKY-12-70CL runs out at Amazon FBA UK in 9 days", facts, "forecasting-service",
				Instant.parse("2026-03-05T06:10:00Z"));
	}

	static TenantCreated tenantCreated() {
		return new TenantCreated(TENANT, "Highland & Harbour Spirits", "highland-harbour", "GBP", "Europe/London",
				Instant.parse("2026-01-05T10:00:00Z"));
	}

	static TenantUpdated tenantUpdated() {
		return new TenantUpdated(TENANT, "Highland & Harbour Spirits Ltd", "highland-harbour", "GBP", "Europe/London",
				TenantStatus.ACTIVE, Instant.parse("2026-02-01T12:30:00Z"));
	}

	static AuditRecorded audit() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("provider", "xero");
		details.put("scopes", "accounting.invoices.read accounting.payments.read");
		return new AuditRecorded(TENANT, "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", Instant.parse("2026-01-05T10:20:31Z"),
				new Actor(ActorType.USER, "7f3e2d1c-0b9a-4876-9543-210fedcba987", "Morag Campbell"),
				"connection.created", "connection", "c0ffee00-0000-4000-8000-00000000a003",
				AuditRecorded.Outcome.SUCCESS, details, "integrations-service", "203.0.113.24",
				"4bf92f3577b34da6a3ce929d0e0e4736");
	}

	static MemberChanged memberChanged() {
		return new MemberChanged(TENANT, "7f3e2d1c-0b9a-4876-9543-210fedcba987", "manager@highland-harbour.example",
				"Morag Campbell", List.of("MANAGER"), true, "en-GB", Instant.parse("2026-01-05T10:21:00Z"));
	}

	static AccountMailRequested accountMail() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("tenantName", "Highland & Harbour Spirits");
		facts.put("invitedBy", "Morag Campbell");
		facts.put("role", "OPERATOR");
		return new AccountMailRequested(TENANT, "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", AccountMailRequested.INVITATION,
				null, "ewan@highland-harbour.example", null, null, facts,
				"https://app.sentia.example/invitations/accept#token=sample-not-a-real-token",
				Instant.parse("2026-01-08T10:22:00Z"), Instant.parse("2026-01-05T10:22:00Z"));
	}

	static AlertResolved alertResolved() {
		return new AlertResolved(TENANT, "1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "stockout_risk",
				"stockout_risk:amazon-fba:UK:HH-WHISKY-12-70CL",
				"HH-WHISKY-12-70CL at Amazon FBA UK is no longer at risk of running out", "forecasting-service",
				Instant.parse("2026-03-09T06:10:00Z"));
	}

	static SuggestionStatusChanged suggestionChanged() {
		return new SuggestionStatusChanged(TENANT, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "HH-WHISKY-12-70CL",
				"unleashed:MAIN", SuggestionStatusChanged.APPROVED, true, gbp("21480.00"),
				"Order value 21,480.00 GBP is above the 10,000.00 GBP approval threshold", "Agreed with finance",
				"2c4e6a80-1b3d-4f5a-9c7e-0d2f4a6b8c0e", "7f3e2d1c-0b9a-4876-9543-210fedcba987",
				Instant.parse("2026-03-02T09:40:00Z"));
	}

}
