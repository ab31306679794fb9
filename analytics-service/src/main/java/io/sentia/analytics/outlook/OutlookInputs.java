package io.sentia.analytics.outlook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.ForecastSales;
import io.sentia.analytics.cash.OpenPayable;
import io.sentia.analytics.cash.OpenPurchaseOrder;
import io.sentia.analytics.cash.OpenReceivable;
import io.sentia.analytics.cash.PayoutPlan;
import io.sentia.analytics.cash.PlannedPurchase;
import io.sentia.analytics.cash.RecurringOutflow;
import io.sentia.analytics.catalog.Product;
import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.finance.BankTransactionRepository;
import io.sentia.analytics.finance.CashMovement;
import io.sentia.analytics.finance.Invoice;
import io.sentia.analytics.finance.InvoicePayment;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.forecasts.Forecast;
import io.sentia.analytics.forecasts.ForecastRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.outlook.settings.CashSettings;
import io.sentia.analytics.outlook.settings.CashSettingsRepository;
import io.sentia.analytics.outlook.settings.DefaultPayoutPlans;
import io.sentia.analytics.outlook.settings.PayoutPlanSetting;
import io.sentia.analytics.outlook.settings.RecurringOutflowSetting;
import io.sentia.analytics.purchasing.PurchaseOrder;
import io.sentia.analytics.purchasing.PurchaseOrderRepository;
import io.sentia.analytics.recommendations.SuggestedPurchase;
import io.sentia.analytics.recommendations.SuggestedPurchaseRepository;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.analytics.workingcapital.payments.PaymentBehaviour;
import io.sentia.analytics.workingcapital.payments.PaymentBehaviourCalculator;
import io.sentia.events.InvoiceType;
import io.sentia.events.SuggestionStatusChanged;

/**
 * Builds a tenant's {@link CashOutlookInput} for an as-of date from the read models and
 * its cash settings; every amount is converted to the base currency at the as-of date's
 * rate (see {@link BaseConversion}).
 */
public class OutlookInputs {

	/** Payment history each customer's days late is measured over. */
	static final int PAYMENT_HISTORY_DAYS = 365;

	static final String ALL = "all";

	static final String APPROVED_NOTE = "Reorder recommendations a MANAGER approved (SuggestionStatusChanged) are "
			+ "listed as approved purchases; rejected and executed ones are left out (an executed one arrives as a "
			+ "purchase order); the rest are suggested (planned)";

	private final BankTransactionRepository bankTransactions;

	private final InvoiceRepository invoices;

	private final PurchaseOrderRepository purchaseOrders;

	private final ForecastRepository forecasts;

	private final ProductRepository products;

	private final SuggestedPurchaseRepository suggestions;

	private final CashSettingsRepository settings;

	private final FxConverter fx;

	public OutlookInputs(BankTransactionRepository bankTransactions, InvoiceRepository invoices,
			PurchaseOrderRepository purchaseOrders, ForecastRepository forecasts, ProductRepository products,
			SuggestedPurchaseRepository suggestions, CashSettingsRepository settings, FxConverter fx) {
		this.bankTransactions = bankTransactions;
		this.invoices = invoices;
		this.purchaseOrders = purchaseOrders;
		this.forecasts = forecasts;
		this.products = products;
		this.suggestions = suggestions;
		this.settings = settings;
		this.fx = fx;
	}

	/**
	 * The outlook's input.
	 * @param tenantId the tenant
	 * @param baseCurrency its base currency
	 * @param asOf the first day of the outlook
	 * @return the input and the notes on how it was made
	 */
	public Assembled build(String tenantId, String baseCurrency, LocalDate asOf) {
		BaseConversion conversion = new BaseConversion(this.fx.rates(tenantId, asOf, asOf), baseCurrency, asOf);
		CashSettings cash = this.settings.settings(tenantId);
		Notes notes = new Notes();
		CashOutlookInput input = CashOutlookInput
			.of(asOf, baseCurrency, openingCash(tenantId, asOf, conversion), cash.minimumCash())
			.withReceivables(receivables(tenantId, conversion))
			.withCustomerDaysLate(customerDaysLate(tenantId, asOf, conversion))
			.withPayables(payables(tenantId, conversion))
			.withPurchaseOrders(purchaseOrders(tenantId, cash, conversion))
			.withRecurringOutflows(recurringOutflows(cash, conversion));
		List<ForecastSales> sales = forecastSales(tenantId, input, conversion, notes);
		input = input.withForecastSales(sales)
			.withPayoutPlans(payoutPlans(cash, sales, notes))
			.withSuggestedPurchases(suggestedPurchases(tenantId, cash, conversion, notes, false))
			.withApprovedPurchases(suggestedPurchases(tenantId, cash, conversion, notes, true));
		return new Assembled(input, new OutlookNotes(conversion.rates(), conversion.unconverted(),
				List.copyOf(notes.skusWithoutPrice), notes.purchasesWithoutCost, notes.defaultPlans, APPROVED_NOTE));
	}

	/**
	 * Cash at the start of the as-of day: every authorised bank transaction before it.
	 */
	private BigDecimal openingCash(String tenantId, LocalDate asOf, BaseConversion conversion) {
		BigDecimal opening = BigDecimal.ZERO;
		for (CashMovement movement : this.bankTransactions.cashMovement(tenantId, asOf.minusDays(1))) {
			BaseConversion.Converted converted = conversion.money(movement.net(), movement.currency(), "opening cash");
			if (converted != null) {
				opening = opening.add(converted.amount());
			}
		}
		return opening;
	}

	private List<OpenReceivable> receivables(String tenantId, BaseConversion conversion) {
		List<OpenReceivable> receivables = new ArrayList<>();
		for (Invoice invoice : this.invoices.openInvoices(tenantId, InvoiceType.ACCREC)) {
			BaseConversion.Converted due = conversion.money(invoice.amountDue(), invoice.currency(),
					"invoice " + invoice.invoiceId());
			if (due != null) {
				receivables.add(new OpenReceivable(invoice.invoiceId(), invoice.contactId(), invoice.dueDate(),
						due.amount(), due.estimated()));
			}
		}
		return receivables;
	}

	/**
	 * Each customer's amount-weighted average days late over the last year of payments,
	 * rounded to whole days (working capital's one calculation).
	 */
	private Map<String, Integer> customerDaysLate(String tenantId, LocalDate asOf, BaseConversion conversion) {
		List<io.sentia.analytics.workingcapital.payments.InvoicePayment> payments = new ArrayList<>();
		for (InvoicePayment payment : this.invoices.invoicePayments(tenantId, InvoiceType.ACCREC,
				asOf.minusDays(PAYMENT_HISTORY_DAYS), asOf)) {
			BaseConversion.Converted amount = conversion.convertQuietly(payment.amount(), payment.currency());
			if (amount != null) {
				payments.add(new io.sentia.analytics.workingcapital.payments.InvoicePayment(
						new ContactRef(payment.contactId(), payment.contactName()), payment.invoiceId(),
						payment.issueDate(), payment.dueDate(), payment.paidOn(), amount.amount()));
			}
		}
		Map<String, Integer> late = new HashMap<>();
		for (Map.Entry<String, PaymentBehaviour> entry : new PaymentBehaviourCalculator().byContact(payments)
			.entrySet()) {
			late.put(entry.getKey(), Math.toIntExact(entry.getValue().shiftDays()));
		}
		return late;
	}

	private List<OpenPayable> payables(String tenantId, BaseConversion conversion) {
		List<OpenPayable> payables = new ArrayList<>();
		for (Invoice bill : this.invoices.openInvoices(tenantId, InvoiceType.ACCPAY)) {
			BaseConversion.Converted due = conversion.money(bill.amountDue(), bill.currency(),
					"bill " + bill.invoiceId());
			if (due != null) {
				payables.add(new OpenPayable(bill.invoiceId(), bill.contactId(), bill.dueDate(), due.amount(),
						due.estimated()));
			}
		}
		return payables;
	}

	/**
	 * Open orders' value still to arrive (outstanding units × unit cost, the total for an
	 * order without lines), by expected date: a line's own date, else the order's, else
	 * its order date; paid the supplier's terms after arrival.
	 */
	private List<OpenPurchaseOrder> purchaseOrders(String tenantId, CashSettings cash, BaseConversion conversion) {
		List<OpenPurchaseOrder> orders = new ArrayList<>();
		for (PurchaseOrder order : this.purchaseOrders.openOrders(tenantId)) {
			LocalDate orderDate = (order.expectedDate() != null) ? order.expectedDate() : order.orderDate();
			Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
			if (order.lines().isEmpty()) {
				byDate.put(orderDate, order.total());
			}
			for (PurchaseOrder.Line line : order.lines()) {
				if (line.outstandingQuantity() > 0) {
					LocalDate date = (line.expectedDate() != null) ? line.expectedDate() : orderDate;
					byDate.merge(date, line.unitCost().multiply(BigDecimal.valueOf(line.outstandingQuantity())),
							BigDecimal::add);
				}
			}
			int terms = cash.termsOf(order.supplierId());
			for (Map.Entry<LocalDate, BigDecimal> part : byDate.entrySet()) {
				String id = (byDate.size() == 1) ? order.purchaseOrderId()
						: order.purchaseOrderId() + "@" + part.getKey();
				BaseConversion.Converted amount = conversion.money(part.getValue(), order.currency(),
						"purchase order " + id);
				if (amount != null) {
					orders.add(new OpenPurchaseOrder(id, order.supplierName(), part.getKey(), terms, amount.amount(),
							amount.estimated()));
				}
			}
		}
		return orders;
	}

	private List<RecurringOutflow> recurringOutflows(CashSettings cash, BaseConversion conversion) {
		List<RecurringOutflow> outflows = new ArrayList<>();
		for (RecurringOutflowSetting setting : cash.recurringOutflows()) {
			BaseConversion.Converted amount = conversion.money(setting.amount(), setting.currency(),
					"recurring outflow " + setting.name());
			if (amount != null) {
				outflows.add(new RecurringOutflow(setting.name(), setting.engineKind(), amount.amount(),
						setting.dayOfMonth(), amount.estimated()));
			}
		}
		return outflows;
	}

	/**
	 * Forecast units of every SKU priced at its catalogue price, summed per channel and
	 * period. Per SKU the channel-level series are used (the {@code all}-channel series
	 * only when it has no other), and per channel the {@code all}-region series (the
	 * regions' series only when it has none), so no demand is counted twice.
	 */
	private List<ForecastSales> forecastSales(String tenantId, CashOutlookInput input, BaseConversion conversion,
			Notes notes) {
		Map<String, Product> products = this.products.products(tenantId)
			.stream()
			.collect(Collectors.toMap(Product::sku, (product) -> product, (a, b) -> a));
		Map<String, List<Forecast>> bySku = this.forecasts.latestForecasts(tenantId)
			.stream()
			.collect(Collectors.groupingBy(Forecast::sku, TreeMap::new, Collectors.toList()));
		Map<SalesPeriod, BigDecimal> revenue = new LinkedHashMap<>();
		bySku.forEach((sku, series) -> {
			List<Forecast> counted = counted(series);
			BigDecimal price = price(products.get(sku), conversion);
			if (price == null) {
				notes.skusWithoutPrice.add(sku);
				return;
			}
			for (Forecast forecast : counted) {
				for (Forecast.Point point : forecast.points()) {
					LocalDate to = periodEnd(point.periodStart(), forecast);
					if (to.isBefore(input.asOf()) || point.periodStart().isAfter(input.horizonEnd())
							|| point.quantity() <= 0) {
						continue;
					}
					revenue.merge(new SalesPeriod(forecast.channel(), point.periodStart(), to),
							price.multiply(BigDecimal.valueOf(point.quantity())), BigDecimal::add);
				}
			}
		});
		List<ForecastSales> sales = new ArrayList<>();
		revenue.forEach(
				(period, amount) -> sales.add(new ForecastSales(period.channel(), period.from(), period.to(), amount)));
		return sales;
	}

	private static List<Forecast> counted(List<Forecast> series) {
		List<Forecast> byChannel = series.stream().filter((forecast) -> !ALL.equals(forecast.channel())).toList();
		List<Forecast> chosen = byChannel.isEmpty() ? series : byChannel;
		Map<String, List<Forecast>> perChannel = chosen.stream()
			.collect(Collectors.groupingBy(Forecast::channel, TreeMap::new, Collectors.toList()));
		List<Forecast> counted = new ArrayList<>();
		perChannel.forEach((channel, forecasts) -> {
			List<Forecast> allRegions = forecasts.stream().filter((forecast) -> ALL.equals(forecast.region())).toList();
			counted.addAll(allRegions.isEmpty() ? forecasts : allRegions);
		});
		return counted;
	}

	private static LocalDate periodEnd(LocalDate start, Forecast forecast) {
		return switch (forecast.granularity()) {
			case DAY -> start;
			case WEEK -> start.plusDays(6);
			case MONTH -> start.plusMonths(1).minusDays(1);
		};
	}

	private static BigDecimal price(Product product, BaseConversion conversion) {
		if (product == null || product.price() == null || product.priceCurrency() == null
				|| product.price().signum() < 0) {
			return null;
		}
		BaseConversion.Converted price = conversion.convert(product.price(), product.priceCurrency(),
				"price of " + product.sku());
		return (price != null) ? price.amount() : null;
	}

	/**
	 * The configured plans, and the documented default for each other channel sold on.
	 */
	private static List<PayoutPlan> payoutPlans(CashSettings cash, List<ForecastSales> sales, Notes notes) {
		List<PayoutPlan> plans = new ArrayList<>();
		Set<String> configured = new TreeSet<>();
		for (PayoutPlanSetting setting : cash.payoutPlans()) {
			plans.add(setting.toPlan());
			configured.add(setting.channel());
		}
		Set<String> channels = sales.stream()
			.map(ForecastSales::channel)
			.collect(Collectors.toCollection(TreeSet::new));
		for (String channel : channels) {
			if (!configured.contains(channel)) {
				DefaultPayoutPlans.of(channel).ifPresent((plan) -> {
					plans.add(plan.toPlan());
					notes.defaultPlans.add(channel);
				});
			}
		}
		return plans;
	}

	/**
	 * The purchases forecasting suggests, or those a MANAGER approved. Approved: the
	 * reorder recommendations whose last status is {@code approved}. Suggested: the
	 * newest purchase plan's when there is one (it covers the whole horizon; its
	 * purchases of a SKU with an approved recommendation are left out, being that
	 * purchase), else the reorder recommendations that wait or have no status; the two
	 * may suggest the same goods, so they are never added together. Rejected and executed
	 * ones are in neither (an executed one is a purchase order now).
	 */
	private List<PlannedPurchase> suggestedPurchases(String tenantId, CashSettings cash, BaseConversion conversion,
			Notes notes, boolean approved) {
		List<SuggestedPurchase> all = this.suggestions.suggestedPurchases(tenantId);
		boolean planned = all.stream().anyMatch((s) -> s.origin() == SuggestedPurchase.Origin.PURCHASE_PLAN);
		Set<String> approvedSkus = all.stream()
			.filter((s) -> SuggestionStatusChanged.APPROVED.equals(s.status()))
			.map(SuggestedPurchase::sku)
			.collect(Collectors.toSet());
		Map<String, Integer> positions = new HashMap<>();
		List<PlannedPurchase> purchases = new ArrayList<>();
		for (SuggestedPurchase suggestion : all) {
			boolean fromPlan = suggestion.origin() == SuggestedPurchase.Origin.PURCHASE_PLAN;
			boolean isApproved = SuggestionStatusChanged.APPROVED.equals(suggestion.status());
			boolean open = suggestion.status() == null
					|| SuggestionStatusChanged.AWAITING_APPROVAL.equals(suggestion.status());
			boolean wanted = approved ? isApproved
					: open && (fromPlan == planned) && !(fromPlan && approvedSkus.contains(suggestion.sku()));
			if (!wanted) {
				continue;
			}
			String id = fromPlan
					? suggestion.suggestionId() + "#" + positions.merge(suggestion.suggestionId(), 1, Integer::sum)
					: suggestion.suggestionId();
			if (suggestion.cost() == null || suggestion.currency() == null) {
				notes.purchasesWithoutCost.add(id);
				continue;
			}
			BaseConversion.Converted cost = conversion.money(suggestion.cost(), suggestion.currency(),
					"suggested purchase " + id);
			if (cost == null) {
				continue;
			}
			String supplier = (suggestion.supplierName() != null) ? suggestion.supplierName()
					: (suggestion.supplierId() != null) ? suggestion.supplierId() : "unknown supplier";
			purchases.add(new PlannedPurchase(id, supplier, suggestion.orderBy(), suggestion.expectedArrival(),
					cash.termsOf(suggestion.supplierId()), cost.amount(), cost.estimated()));
		}
		return purchases;
	}

	/**
	 * An outlook's input and the notes on how it was made.
	 *
	 * @param input the engine's input
	 * @param notes conversions, gaps and defaults
	 */
	public record Assembled(CashOutlookInput input, OutlookNotes notes) {

	}

	private record SalesPeriod(String channel, LocalDate from, LocalDate to) {

	}

	/** Notes gathered while assembling. */
	private static final class Notes {

		private final Set<String> skusWithoutPrice = new TreeSet<>();

		private final List<String> purchasesWithoutCost = new ArrayList<>();

		private final List<String> defaultPlans = new ArrayList<>();

	}

}
