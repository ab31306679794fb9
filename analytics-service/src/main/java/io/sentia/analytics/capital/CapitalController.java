package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.sentia.analytics.web.RequestedRange;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.inventory.InventoryThresholds;
import io.sentia.events.InvoiceType;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import io.sentia.servicekit.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's working capital: ageing, the cash conversion cycle and liquidity
 * ratios, customers' payment behaviour and inventory at cost. Every user may read them,
 * and partners with {@code analytics.read}; a tenant analytics has not heard of yet is a
 * 409.
 */
@RestController
@RequestMapping("/api/analytics/v1")
class CapitalController {

	/** Longest window one request may ask for; bounds the work of a single answer. */
	static final int MAX_RANGE_YEARS = 5;

	/** Largest threshold in days. */
	static final int MAX_THRESHOLD_DAYS = 3650;

	private static final String CONFLICT = "Analytics has not yet received the tenant's settings (base currency)";

	private static final String AGEING_EXAMPLE = """
			{"ageing": {"type": "ACCREC", "asOf": "2026-03-31", "baseCurrency": "GBP",
			 "total": {"current": "1200.00", "days1To30": "300.00", "days31To60": "0.00", "days61To90": "0.00",
			           "over90": "80.00", "total": "1580.00", "items": 4},
			 "totalByCurrency": {"GBP": {"current": "1200.00", "days1To30": "0.00", "days31To60": "0.00",
			           "days61To90": "0.00", "over90": "80.00", "total": "1280.00", "items": 3},
			                     "USD": {"current": "0.00", "days1To30": "375.00", "days31To60": "0.00",
			           "days61To90": "0.00", "over90": "0.00", "total": "375.00", "items": 1}},
			 "contacts": [{"contact": {"contactId": "c-1", "name": "Fine Foods Ltd"},
			               "buckets": {"current": "1200.00", "days1To30": "300.00", "days31To60": "0.00",
			                           "days61To90": "0.00", "over90": "0.00", "total": "1500.00", "items": 3},
			               "byCurrency": {}}]},
			 "fx": {"earlierRates": [{"currency": "USD", "amounts": 1, "oldestRateDate": "2026-03-28"}],
			        "notConverted": [], "notConvertedCount": 0}}""";

	private final AgeingReports ageing;

	private final WorkingCapitalReports workingCapital;

	private final PaymentBehaviourReports paymentBehaviour;

	private final InventoryReports inventory;

	private final TenantContext tenantContext;

	private final Clock clock;

	CapitalController(AgeingReports ageing, WorkingCapitalReports workingCapital,
			PaymentBehaviourReports paymentBehaviour, InventoryReports inventory, TenantContext tenantContext,
			ObjectProvider<Clock> clock) {
		this.ageing = ageing;
		this.workingCapital = workingCapital;
		this.paymentBehaviour = paymentBehaviour;
		this.inventory = inventory;
		this.tenantContext = tenantContext;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/receivables/ageing")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Open sales invoices by ageing bucket, per customer and in total",
			description = "Days overdue = asOf − due date (the issue date without one): current (≤ 0), 1–30, 31–60, "
					+ "61–90, over 90. Amounts due are converted to the base currency at asOf's rate (an earlier "
					+ "day's when asOf has none, counted in fx.earlierRates); an invoice without any rate is in no "
					+ "bucket and listed in fx.notConverted. Buckets add up to the total and the customers to the "
					+ "total, to the cent. asOf defaults to today (UTC).")
	@ApiResponse(responseCode = "200", description = "The ageing",
			content = @Content(schema = @Schema(implementation = AgeingAnswer.class),
					examples = @ExampleObject(value = AGEING_EXAMPLE)))
	@ApiResponse(responseCode = "409", description = CONFLICT)
	AgeingAnswer receivablesAgeing(@RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.ageing.ageing(tenant(), InvoiceType.ACCREC, orToday(asOf));
	}

	@GetMapping("/receivables/ageing/{contactId}")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "One customer's open sales invoices by ageing bucket",
			description = "As the receivables ageing, for one customer; zeros when nothing of theirs is open. 404 when "
					+ "no sales invoice names the customer.")
	@ApiResponse(responseCode = "200", description = "The customer's ageing",
			content = @Content(schema = @Schema(implementation = ContactAgeingAnswer.class),
					examples = @ExampleObject(value = """
							{"type": "ACCREC", "asOf": "2026-03-31", "baseCurrency": "GBP",
							 "contact": {"contactId": "c-1", "name": "Fine Foods Ltd"},
							 "buckets": {"current": "1200.00", "days1To30": "300.00", "days31To60": "0.00",
							             "days61To90": "0.00", "over90": "0.00", "total": "1500.00", "items": 3},
							 "byCurrency": {"GBP": {"current": "1200.00", "days1To30": "300.00", "days31To60": "0.00",
							             "days61To90": "0.00", "over90": "0.00", "total": "1500.00", "items": 3}},
							 "fx": {"earlierRates": [], "notConverted": [], "notConvertedCount": 0}}""")))
	@ApiResponse(responseCode = "404", description = "No sales invoice names the contact")
	@ApiResponse(responseCode = "409", description = CONFLICT)
	ContactAgeingAnswer customerAgeing(@PathVariable("contactId") String contactId, @RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.ageing.contact(tenant(), InvoiceType.ACCREC, contactId, orToday(asOf));
	}

	@GetMapping("/payables/ageing")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Open bills by ageing bucket, per supplier and in total",
			description = "As the receivables ageing, over bills (ACCPAY).")
	@ApiResponse(responseCode = "200", description = "The ageing",
			content = @Content(schema = @Schema(implementation = AgeingAnswer.class),
					examples = @ExampleObject(value = AGEING_EXAMPLE)))
	@ApiResponse(responseCode = "409", description = CONFLICT)
	AgeingAnswer payablesAgeing(@RequestParam(name = "asOf",
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.ageing.ageing(tenant(), InvoiceType.ACCPAY, orToday(asOf));
	}

	@GetMapping("/working-capital")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "DSO, DPO, DIO, the cash conversion cycle and the current and quick ratios",
			description = "Over an inclusive window of n days (at most " + MAX_RANGE_YEARS + " years): average "
					+ "balance = mean of the n end-of-day balances; DSO = average receivables ÷ credit sales × n; DPO "
					+ "= average payables ÷ cost of goods sold × n; DIO = average inventory at cost ÷ cost of goods "
					+ "sold × n; CCC = DSO + DIO − DPO. At the window's last day: current ratio = (cash + "
					+ "receivables + inventory at cost) ÷ payables; quick ratio = (cash + receivables) ÷ payables; "
					+ "open purchase orders are listed as a memo item. Each metric names its formula and inputs, or "
					+ "is unavailable with the reason (e.g. no inventory history before inventoryHistoryFrom).")
	@ApiResponse(responseCode = "200", description = "The metrics",
			content = @Content(schema = @Schema(implementation = WorkingCapitalAnswer.class),
					examples = @ExampleObject(
							value = """
									{"window": {"from": "2026-03-01", "to": "2026-03-31"}, "days": 31, "baseCurrency": "GBP",
									 "metrics": [{"name": "DSO", "formula": "average receivables ÷ credit sales × days in the window",
									   "inputs": [{"name": "average receivables", "figure": {"value": "6200.00"}},
									              {"name": "credit sales", "figure": {"value": "9300.00"}},
									              {"name": "days in the window", "figure": {"value": 31}}],
									   "figure": {"value": "20.67"}},
									  {"name": "DIO", "formula": "average inventory at cost ÷ cost of goods sold × days in the window",
									   "inputs": [], "figure": {"unavailableReason": "no inventory at cost balance on or before 2026-03-01"}}],
									 "liquidity": {"asOf": "2026-03-31", "baseCurrency": "GBP", "items": [
									   {"item": "CASH", "amount": "12000.00", "usedIn": ["current ratio", "quick ratio"]},
									   {"item": "OPEN_PURCHASE_ORDERS", "amount": "4000.00", "usedIn": []}],
									   "currentRatio": {"value": "2.10"}, "quickRatio": {"value": "1.40"}},
									 "inventoryHistoryFrom": "2026-03-15", "skusWithoutCost": [], "unitsSoldWithoutCost": 0,
									 "fx": {"earlierRates": [], "notConverted": [], "notConvertedCount": 0}}""")))
	@ApiResponse(responseCode = "409", description = CONFLICT)
	WorkingCapitalAnswer workingCapital(
			@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		RequestedRange.check(from, to, MAX_RANGE_YEARS);
		return this.workingCapital.report(tenant(), new DateRange(from, to));
	}

	@GetMapping("/customers/payment-behaviour")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Each customer's average days to pay and days late",
			description = "Over every payment of a sales invoice, weighted by the amount paid in the base currency: "
					+ "averageDaysToPay = Σ amount × (paid − issued) ÷ Σ amount; averageDaysLate = Σ amount × (paid − "
					+ "due) ÷ Σ amount, negative when early (no due date: due on issue).")
	@ApiResponse(responseCode = "200", description = "One entry per customer with a payment", content = @Content(
			schema = @Schema(implementation = PaymentBehaviourAnswer.class), examples = @ExampleObject(value = """
					{"baseCurrency": "GBP", "customers": [{"contact": {"contactId": "c-1", "name": "Fine Foods Ltd"},
					  "payments": 3, "invoices": 2, "amountPaid": "1500.00", "averageDaysToPay": "34.20",
					  "averageDaysLate": "4.20"}],
					 "fx": {"earlierRates": [], "notConverted": [], "notConvertedCount": 0}}""")))
	@ApiResponse(responseCode = "409", description = CONFLICT)
	PaymentBehaviourAnswer customerPaymentBehaviour() {
		return this.paymentBehaviour.customers(tenant());
	}

	@GetMapping("/inventory")
	@Access(role = Role.VIEWER, scopes = "analytics.read")
	@Operation(summary = "Stock per SKU and location valued at cost, days of cover, slow movers and overstock",
			description = "Latest levels (FBA included) × unit cost converted at asOf's rate; reserved is part of on "
					+ "hand, oversold counts zero. Days of cover = on hand ÷ forecast units a day (latest forecast, "
					+ "from the period holding asOf on). Slow mover: no sale in slowMoverNoSalesDays (default 60) or "
					+ "cover above slowMoverCoverDays (default 180). Overstock: cover above overstockCoverDays "
					+ "(default 120), excess = on hand − ⌈daily units × days⌉. Thresholds 1–" + MAX_THRESHOLD_DAYS
					+ " days; asOf defaults to today (UTC).")
	@ApiResponse(responseCode = "200", description = "The inventory",
			content = @Content(schema = @Schema(implementation = InventoryAnswer.class),
					examples = @ExampleObject(
							value = """
									{"asOf": "2026-03-31", "thresholds": {"slowMoverNoSalesDays": 60, "slowMoverCoverDays": 180,
									  "overstockCoverDays": 120},
									 "valuation": {"baseCurrency": "GBP", "lines": [{"sku": "WHISKY-12", "locationId": "amazon-fba:UK",
									   "onHand": 40, "inbound": 10, "reserved": 2, "unitCost": "18.50", "onHandValue": {"value": "740.00"},
									   "inboundValue": {"value": "185.00"}, "reservedValue": {"value": "37.00"}}], "skus": [],
									   "onHandValue": "740.00", "inboundValue": "185.00", "reservedValue": "37.00", "skusWithoutCost": []},
									 "cover": [{"sku": "WHISKY-12", "onHand": 40, "forecastDailyUnits": "2.0000",
									   "daysOfCover": {"value": "20.00"}}], "slowMovers": [], "overstock": [],
									 "fx": {"earlierRates": [], "notConverted": [], "notConvertedCount": 0}}""")))
	@ApiResponse(responseCode = "409", description = CONFLICT)
	InventoryAnswer inventory(
			@RequestParam(name = "asOf",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(name = "slowMoverNoSalesDays", required = false) @Nullable Integer slowMoverNoSalesDays,
			@RequestParam(name = "slowMoverCoverDays", required = false) @Nullable Integer slowMoverCoverDays,
			@RequestParam(name = "overstockCoverDays", required = false) @Nullable Integer overstockCoverDays) {
		InventoryThresholds defaults = InventoryThresholds.defaults();
		InventoryThresholds thresholds = new InventoryThresholds(
				days("slowMoverNoSalesDays", slowMoverNoSalesDays, BigDecimal.valueOf(defaults.slowMoverNoSalesDays()))
					.intValueExact(),
				days("slowMoverCoverDays", slowMoverCoverDays, defaults.slowMoverCoverDays()),
				days("overstockCoverDays", overstockCoverDays, defaults.overstockCoverDays()));
		return this.inventory.report(tenant(), orToday(asOf), thresholds);
	}

	private static BigDecimal days(String name, @Nullable Integer value, BigDecimal fallback) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > MAX_THRESHOLD_DAYS) {
			throw ApiProblemException.invalidParameter(name, "must be between 1 and " + MAX_THRESHOLD_DAYS + " days");
		}
		return BigDecimal.valueOf(value);
	}

	private String tenant() {
		return this.tenantContext.currentTenantId();
	}

	private LocalDate orToday(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

}
