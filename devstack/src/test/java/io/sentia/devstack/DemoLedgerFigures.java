package io.sentia.devstack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;

/**
 * The demo tenant's figures recomputed from the demo generator's own records (the events
 * it made: orders, products, stock levels, invoices, bills, payments, purchase orders,
 * bank lines), with no analytics code and nothing read from analytics' database. The one
 * outside input is the tenant's exchange-rate table, which is data the platform holds
 * (demo rates), read from the rates API.
 *
 * <p>
 * The formulas, as analytics-service's README states them:
 * <ul>
 * <li><b>Latest snapshot</b>: an order, invoice or purchase order is what its newest
 * event ({@code updatedAt}) says; a product's unit cost and price are its newest
 * catalogue event's.</li>
 * <li><b>Conversion</b> to the base currency: the rate of the day, else the latest
 * earlier one; 1 base = rate quote, so an amount in the quote currency is amount ÷ rate,
 * rounded to cents (half even) once, from the exact quotient, as it enters a sum (a
 * catalogue price keeps four decimals, half up, as it is multiplied first). Sales convert
 * at the order day's rate, ageing and the outlook at the as-of day's, ledger balances at
 * the invoice's issue day's, credit sales and cost of goods sold per day and currency at
 * the day's.</li>
 * <li><b>Sales</b> over UTC order dates [from, to], orders not cancelled: revenue = Σ
 * order totals (per currency, and Σ of each order's converted total in base); orders =
 * their count; units = Σ line quantities; cost = Σ per order of cents(Σ units × unit
 * cost); gross margin = revenue with a known cost − cost; AOV = revenue ÷ orders, cents;
 * margin % = margin ÷ revenue with a known cost × 100, two decimals; cancellations =
 * orders cancelled; refunded = orders refunded in full or part.</li>
 * <li><b>Ageing</b> at as-of: open items (submitted or authorised, amount due &gt; 0);
 * days overdue = as-of − due date (issue date without one); buckets current (≤ 0), 1–30,
 * 31–60, 61–90, over 90; per contact and in total.</li>
 * <li><b>DSO/DPO/DIO/CCC</b> over [from, to] of n days: balance of a day = Σ booked
 * invoices' (submitted, authorised, paid) total − credited issued on or before it − Σ
 * their authorised payments paid on or before it, each at the issue day's rate; inventory
 * at cost of a day = Σ per SKU and location of max(latest on hand measured on or before
 * that UTC day, 0) × unit cost; credit sales = Σ sales invoice totals issued in the
 * window; cost of goods sold = Σ units of orders not cancelled ordered in the window ×
 * unit cost. DSO = Σ daily receivables ÷ credit sales (= average × n ÷ credit sales), DPO
 * and DIO likewise over cost of goods sold, two decimals half even; CCC = DSO + DIO −
 * DPO; averages = Σ ÷ n in cents.</li>
 * <li><b>Cash outlook, week 1</b> = [as-of, as-of + 6]: opening = Σ authorised bank lines
 * dated before as-of (received − spent); receivables on due date + the customer's days
 * late (amount-weighted mean of paid − due over payments of the last 365 days, rounded
 * half even to whole days); bills on their due date; open purchase orders' outstanding
 * units × unit cost per expected date (the line's, else the order's, else the order date)
 * paid the supplier's terms later; anything before as-of falls on as-of. Forecast payouts
 * and suggested purchases are not in the generator's ledger: they are recomputed from
 * forecasting's published numbers ({@link #forecastPayouts},
 * {@link #suggestedPurchases}).</li>
 * </ul>
 */
final class DemoLedgerFigures {

	static final List<String> BUCKETS = List.of("current", "days1To30", "days31To60", "days61To90", "over90");

	private static final Set<String> OPEN = Set.of("submitted", "authorised");

	private static final Set<String> BOOKED = Set.of("submitted", "authorised", "paid");

	private final String baseCurrency;

	/** Per currency: rate of each day, 1 base = rate currency. */
	private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates;

	private final Map<String, OrderUpserted> orders = new LinkedHashMap<>();

	private final Map<String, InvoiceUpserted> invoices = new LinkedHashMap<>();

	private final Map<String, PaymentRecorded> payments = new LinkedHashMap<>();

	private final Map<String, PurchaseOrderUpserted> purchaseOrders = new LinkedHashMap<>();

	private final Map<String, ProductUpserted> products = new HashMap<>();

	private final Map<String, BankTransactionRecorded> bankLines = new LinkedHashMap<>();

	/** Per SKU and location: on hand of each UTC day, the last measured that day. */
	private final Map<String, TreeMap<LocalDate, InventoryLevelChanged>> stock = new HashMap<>();

	DemoLedgerFigures(List<SentiaEvent> events, String baseCurrency,
			Map<String, NavigableMap<LocalDate, BigDecimal>> rates) {
		this.baseCurrency = baseCurrency;
		this.rates = rates;
		for (SentiaEvent event : events) {
			switch (event) {
				case OrderUpserted order ->
					newer(this.orders, order.source() + ":" + order.store() + ":" + order.orderId(), order, !order
						.updatedAt()
						.isBefore(
								prior(this.orders, order.source() + ":" + order.store() + ":" + order.orderId(), order)
									.updatedAt()));
				case InvoiceUpserted invoice ->
					newer(this.invoices, invoice.source() + ":" + invoice.invoiceId(), invoice,
							!invoice.updatedAt()
								.isBefore(prior(this.invoices, invoice.source() + ":" + invoice.invoiceId(), invoice)
									.updatedAt()));
				case PaymentRecorded payment ->
					this.payments.put(payment.source() + ":" + payment.paymentId(), payment);
				case PurchaseOrderUpserted order -> newer(this.purchaseOrders,
						order.source() + ":" + order.purchaseOrderId(), order,
						!order.updatedAt()
							.isBefore(prior(this.purchaseOrders, order.source() + ":" + order.purchaseOrderId(), order)
								.updatedAt()));
				case ProductUpserted product -> newer(this.products, product.sku(), product,
						!product.updatedAt().isBefore(prior(this.products, product.sku(), product).updatedAt()));
				case BankTransactionRecorded line ->
					newer(this.bankLines, line.source() + ":" + line.transactionId(), line, !line.updatedAt()
						.isBefore(prior(this.bankLines, line.source() + ":" + line.transactionId(), line).updatedAt()));
				case InventoryLevelChanged level -> {
					LocalDate day = level.asOf().atZone(ZoneOffset.UTC).toLocalDate();
					this.stock
						.computeIfAbsent(level.sku() + "@" + level.location().locationId(), (key) -> new TreeMap<>())
						.merge(day, level, (kept, next) -> next.asOf().isBefore(kept.asOf()) ? kept : next);
				}
				default -> {
				}
			}
		}
	}

	private static <T> T prior(Map<String, T> map, String key, T fallback) {
		T kept = map.get(key);
		return (kept != null) ? kept : fallback;
	}

	private static <T> void newer(Map<String, T> map, String key, T value, boolean wins) {
		if (wins) {
			map.put(key, value);
		}
	}

	// Conversion

	/**
	 * An amount in the base currency: amount ÷ the day's rate (else the latest earlier
	 * one), exact to 34 digits, for weights and sums that are rounded later.
	 */
	BigDecimal convert(BigDecimal amount, String currency, LocalDate day) {
		if (currency.equals(this.baseCurrency)) {
			return amount;
		}
		NavigableMap<LocalDate, BigDecimal> byDay = this.rates.get(currency);
		Map.Entry<LocalDate, BigDecimal> rate = (byDay != null) ? byDay.floorEntry(day) : null;
		if (rate == null) {
			throw new IllegalStateException("no " + this.baseCurrency + "/" + currency + " rate on or before " + day);
		}
		return amount.divide(rate.getValue(), MathContext.DECIMAL128);
	}

	/** Converted and rounded to cents (half even) once, from the exact quotient. */
	BigDecimal toBase(BigDecimal amount, String currency, LocalDate day) {
		return cents(convert(amount, currency, day));
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private BigDecimal unitCost(String sku, LocalDate day) {
		ProductUpserted product = this.products.get(sku);
		if (product == null || product.unitCost() == null) {
			return null;
		}
		return convert(product.unitCost().amount(), product.unitCost().currency(), day);
	}

	static LocalDate orderDay(OrderUpserted order) {
		return order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate();
	}

	// Sales

	/** The sales KPIs of UTC order dates [from, to]. */
	Sales sales(LocalDate from, LocalDate to) {
		Map<String, BigDecimal> byCurrency = new TreeMap<>();
		BigDecimal revenue = BigDecimal.ZERO.setScale(2);
		BigDecimal revenueWithCost = BigDecimal.ZERO.setScale(2);
		BigDecimal cost = BigDecimal.ZERO.setScale(2);
		long count = 0;
		long units = 0;
		long refunded = 0;
		long cancelled = 0;
		for (OrderUpserted order : this.orders.values()) {
			LocalDate day = orderDay(order);
			if (day.isBefore(from) || day.isAfter(to)) {
				continue;
			}
			if (order.status().equals("cancelled")) {
				cancelled++;
				continue;
			}
			if (order.status().equals("refunded") || order.status().equals("partially_refunded")) {
				refunded++;
			}
			count++;
			byCurrency.merge(order.currency(), order.total().amount(), BigDecimal::add);
			revenue = revenue.add(toBase(order.total().amount(), order.currency(), day));
			BigDecimal withCost = BigDecimal.ZERO;
			BigDecimal orderCost = BigDecimal.ZERO;
			for (OrderLine line : order.lines()) {
				units += line.quantity();
				BigDecimal unitCost = unitCost(line.sku(), day);
				if (unitCost != null) {
					withCost = withCost.add(line.lineTotal().amount());
					orderCost = orderCost.add(unitCost.multiply(BigDecimal.valueOf(line.quantity())));
				}
			}
			revenueWithCost = revenueWithCost.add(toBase(withCost, order.currency(), day));
			cost = cost.add(cents(orderCost));
		}
		BigDecimal margin = revenueWithCost.subtract(cost);
		BigDecimal aov = (count == 0) ? null : cents(revenue.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128));
		BigDecimal marginPercent = (revenueWithCost.signum() == 0) ? null
				: margin.multiply(BigDecimal.valueOf(100))
					.divide(revenueWithCost, MathContext.DECIMAL128)
					.setScale(2, RoundingMode.HALF_EVEN);
		return new Sales(byCurrency, revenue, count, units, aov, revenueWithCost, margin, marginPercent, refunded,
				cancelled);
	}

	record Sales(Map<String, BigDecimal> revenueByCurrency, BigDecimal revenue, long orders, long units,
			BigDecimal averageOrderValue, BigDecimal revenueWithCost, BigDecimal grossMargin,
			BigDecimal grossMarginPercent, long refundedOrders, long cancelledOrders) {
	}

	// Ageing

	/** The open invoices (or bills) aged at as-of, in total and per contact. */
	Ageing ageing(InvoiceType type, LocalDate asOf) {
		Buckets total = new Buckets();
		Map<String, Buckets> byContact = new TreeMap<>();
		Map<String, Buckets> byCurrency = new TreeMap<>();
		for (InvoiceUpserted invoice : openInvoices(type)) {
			LocalDate due = (invoice.dueDate() != null) ? invoice.dueDate() : invoice.issueDate();
			long overdue = ChronoUnit.DAYS.between(due, asOf);
			int bucket = (overdue <= 0) ? 0 : (overdue <= 30) ? 1 : (overdue <= 60) ? 2 : (overdue <= 90) ? 3 : 4;
			BigDecimal amount = toBase(invoice.amountDue().amount(), invoice.currency(), asOf);
			total.add(bucket, amount);
			byContact.computeIfAbsent(invoice.contact().contactId(), (key) -> new Buckets()).add(bucket, amount);
			byCurrency.computeIfAbsent(invoice.currency(), (key) -> new Buckets())
				.add(bucket, invoice.amountDue().amount());
		}
		return new Ageing(total, byContact, byCurrency);
	}

	List<InvoiceUpserted> openInvoices(InvoiceType type) {
		return this.invoices.values()
			.stream()
			.filter((invoice) -> invoice.type() == type && OPEN.contains(invoice.status())
					&& invoice.amountDue().amount().signum() > 0)
			.toList();
	}

	record Ageing(Buckets total, Map<String, Buckets> byContact, Map<String, Buckets> byCurrency) {
	}

	/** Five buckets, their total and the number of items. */
	static final class Buckets {

		final BigDecimal[] amounts = { BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2) };

		int items;

		void add(int bucket, BigDecimal amount) {
			this.amounts[bucket] = this.amounts[bucket].add(amount);
			this.items++;
		}

		BigDecimal total() {
			BigDecimal sum = BigDecimal.ZERO;
			for (BigDecimal amount : this.amounts) {
				sum = sum.add(amount);
			}
			return sum;
		}

		/** {@code current -> 1200.00, …, total -> …} as the ageing answer names them. */
		Map<String, BigDecimal> named() {
			Map<String, BigDecimal> named = new LinkedHashMap<>();
			for (int i = 0; i < BUCKETS.size(); i++) {
				named.put(BUCKETS.get(i), this.amounts[i].stripTrailingZeros());
			}
			named.put("total", total().stripTrailingZeros());
			return named;
		}

	}

	// Working capital

	/** DSO, DPO, DIO and the CCC over [from, to], with their inputs. */
	Cycle cycle(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		BigDecimal receivables = balanceSum(InvoiceType.ACCREC, from, to);
		BigDecimal payables = balanceSum(InvoiceType.ACCPAY, from, to);
		BigDecimal inventory = BigDecimal.ZERO;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			inventory = inventory.add(inventoryAtCost(day));
		}
		// Credit sales and cost of goods sold are summed per day and currency, then
		// converted at that day's rate.
		Map<String, BigDecimal> creditSalesByDay = new TreeMap<>();
		for (InvoiceUpserted invoice : this.invoices.values()) {
			if (invoice.type() == InvoiceType.ACCREC && BOOKED.contains(invoice.status())
					&& !invoice.issueDate().isBefore(from) && !invoice.issueDate().isAfter(to)) {
				creditSalesByDay.merge(invoice.issueDate() + "|" + invoice.currency(), invoice.total().amount(),
						BigDecimal::add);
			}
		}
		BigDecimal creditSales = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<String, BigDecimal> day : creditSalesByDay.entrySet()) {
			String[] key = day.getKey().split("\\|");
			creditSales = creditSales.add(toBase(day.getValue(), key[1], LocalDate.parse(key[0])));
		}
		Map<String, BigDecimal> costByDay = new TreeMap<>();
		for (OrderUpserted order : this.orders.values()) {
			LocalDate day = orderDay(order);
			if (order.status().equals("cancelled") || day.isBefore(from) || day.isAfter(to)) {
				continue;
			}
			for (OrderLine line : order.lines()) {
				ProductUpserted product = this.products.get(line.sku());
				if (product != null && product.unitCost() != null) {
					costByDay.merge(day + "|" + product.unitCost().currency(),
							product.unitCost().amount().multiply(BigDecimal.valueOf(line.quantity())), BigDecimal::add);
				}
			}
		}
		BigDecimal costOfGoodsSold = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<String, BigDecimal> day : costByDay.entrySet()) {
			String[] key = day.getKey().split("\\|");
			costOfGoodsSold = costOfGoodsSold.add(toBase(day.getValue(), key[1], LocalDate.parse(key[0])));
		}
		BigDecimal dso = daysOf(receivables, creditSales);
		BigDecimal dpo = daysOf(payables, costOfGoodsSold);
		BigDecimal dio = daysOf(inventory, costOfGoodsSold);
		BigDecimal n = BigDecimal.valueOf(days);
		return new Cycle(days, cents(receivables.divide(n, MathContext.DECIMAL128)),
				cents(payables.divide(n, MathContext.DECIMAL128)), cents(inventory.divide(n, MathContext.DECIMAL128)),
				creditSales, costOfGoodsSold, dso, dpo, dio, dso.add(dio).subtract(dpo),
				balance(InvoiceType.ACCREC, to), balance(InvoiceType.ACCPAY, to), inventoryAtCost(to));
	}

	private static BigDecimal daysOf(BigDecimal balanceSum, BigDecimal flow) {
		return balanceSum.divide(flow, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
	}

	/** Σ over the window's days of the ledger's end-of-day balance. */
	private BigDecimal balanceSum(InvoiceType type, LocalDate from, LocalDate to) {
		TreeMap<LocalDate, BigDecimal> movements = movements(type, to);
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal balance = BigDecimal.ZERO;
		for (Map.Entry<LocalDate, BigDecimal> before : movements.headMap(from, false).entrySet()) {
			balance = balance.add(before.getValue());
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			BigDecimal moved = movements.get(day);
			if (moved != null) {
				balance = balance.add(moved);
			}
			sum = sum.add(balance);
		}
		return sum;
	}

	/** The ledger's balance at the end of a day. */
	BigDecimal balance(InvoiceType type, LocalDate day) {
		return movements(type, day).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * Booked invoices up on their issue day (total − credited), their authorised payments
	 * down on the payment day, each at the issue day's rate, rounded.
	 */
	private TreeMap<LocalDate, BigDecimal> movements(InvoiceType type, LocalDate through) {
		TreeMap<LocalDate, BigDecimal> movements = new TreeMap<>();
		for (InvoiceUpserted invoice : this.invoices.values()) {
			if (invoice.type() != type || !BOOKED.contains(invoice.status()) || invoice.issueDate().isAfter(through)) {
				continue;
			}
			BigDecimal credited = (invoice.amountCredited() != null) ? invoice.amountCredited().amount()
					: BigDecimal.ZERO;
			movements.merge(invoice.issueDate(),
					toBase(invoice.total().amount().subtract(credited), invoice.currency(), invoice.issueDate()),
					BigDecimal::add);
		}
		for (PaymentRecorded payment : this.payments.values()) {
			InvoiceUpserted invoice = (payment.invoiceId() != null)
					? this.invoices.get(payment.source() + ":" + payment.invoiceId()) : null;
			if (invoice == null || invoice.type() != type || !BOOKED.contains(invoice.status())
					|| !payment.status().equals("authorised") || payment.paidOn().isAfter(through)) {
				continue;
			}
			movements.merge(payment.paidOn(),
					toBase(payment.amount().amount(), payment.amount().currency(), invoice.issueDate()).negate(),
					BigDecimal::add);
		}
		return movements;
	}

	/**
	 * Σ max(on hand, 0) × unit cost of every position's latest level on or before a day.
	 */
	BigDecimal inventoryAtCost(LocalDate day) {
		BigDecimal value = BigDecimal.ZERO.setScale(2);
		Map<String, BigDecimal> byCurrency = new TreeMap<>();
		for (Map.Entry<String, TreeMap<LocalDate, InventoryLevelChanged>> position : this.stock.entrySet()) {
			Map.Entry<LocalDate, InventoryLevelChanged> level = position.getValue().floorEntry(day);
			ProductUpserted product = (level != null) ? this.products.get(level.getValue().sku()) : null;
			if (product == null || product.unitCost() == null) {
				continue;
			}
			byCurrency.merge(product.unitCost().currency(),
					product.unitCost().amount().multiply(BigDecimal.valueOf(Math.max(level.getValue().onHand(), 0))),
					BigDecimal::add);
		}
		for (Map.Entry<String, BigDecimal> currency : byCurrency.entrySet()) {
			value = value.add(toBase(currency.getValue(), currency.getKey(), day));
		}
		return value;
	}

	record Cycle(long days, BigDecimal averageReceivables, BigDecimal averagePayables,
			BigDecimal averageInventoryAtCost, BigDecimal creditSales, BigDecimal costOfGoodsSold, BigDecimal dso,
			BigDecimal dpo, BigDecimal dio, BigDecimal ccc, BigDecimal receivablesAtEnd, BigDecimal payablesAtEnd,
			BigDecimal inventoryAtEnd) {
	}

	// Cash outlook, week 1

	/**
	 * The first week of the outlook from as-of: every movement of the lines the ledger
	 * knows, by line, each item's amount signed (in positive, out negative) in cents.
	 * @param defaultTermsDays the supplier terms the outlook's settings give (by supplier
	 * id, else the default)
	 */
	Week firstWeek(LocalDate asOf, Map<String, Integer> supplierTerms, int defaultTermsDays) {
		LocalDate end = asOf.plusDays(6);
		Map<String, BigDecimal> netByCurrency = new TreeMap<>();
		for (BankTransactionRecorded line : this.bankLines.values()) {
			if (line.status().equals("authorised") && line.transactionDate().isBefore(asOf)) {
				netByCurrency.merge(line.amount().currency(), (line.direction() == CashDirection.IN)
						? line.amount().amount() : line.amount().amount().negate(), BigDecimal::add);
			}
		}
		BigDecimal opening = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<String, BigDecimal> net : netByCurrency.entrySet()) {
			opening = opening.add(toBase(net.getValue(), net.getKey(), asOf));
		}
		Map<String, Long> daysLate = customerDaysLate(asOf);
		Map<String, Item> receivables = new TreeMap<>();
		for (InvoiceUpserted invoice : openInvoices(InvoiceType.ACCREC)) {
			LocalDate due = (invoice.dueDate() != null) ? invoice.dueDate() : asOf;
			LocalDate expected = due.plusDays(daysLate.getOrDefault(invoice.contact().contactId(), 0L));
			if (!expected.isAfter(end)) {
				receivables.put(invoice.invoiceId(), new Item(expected.isBefore(asOf) ? asOf : expected,
						toBase(invoice.amountDue().amount(), invoice.currency(), asOf)));
			}
		}
		Map<String, Item> bills = new TreeMap<>();
		for (InvoiceUpserted bill : openInvoices(InvoiceType.ACCPAY)) {
			LocalDate due = (bill.dueDate() != null) ? bill.dueDate() : asOf;
			if (!due.isAfter(end)) {
				bills.put(bill.invoiceId(), new Item(due.isBefore(asOf) ? asOf : due,
						toBase(bill.amountDue().amount(), bill.currency(), asOf).negate()));
			}
		}
		Map<String, Item> purchaseOrders = new TreeMap<>();
		for (PurchaseOrderUpserted order : this.purchaseOrders.values()) {
			if (!order.status().equals("placed") && !order.status().equals("partially_received")) {
				continue;
			}
			LocalDate orderExpected = (order.expectedDate() != null) ? order.expectedDate() : order.orderDate();
			Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
			if (order.lines().isEmpty()) {
				byDate.put(orderExpected, order.total().amount());
			}
			for (PurchaseOrderUpserted.Line line : order.lines()) {
				int outstanding = line.quantity() - line.receivedQuantity();
				if (outstanding > 0) {
					byDate.merge((line.expectedDate() != null) ? line.expectedDate() : orderExpected,
							line.unitCost().amount().multiply(BigDecimal.valueOf(outstanding)), BigDecimal::add);
				}
			}
			String supplierId = (order.supplier() != null) ? order.supplier().supplierId() : null;
			int terms = supplierTerms.getOrDefault(supplierId, defaultTermsDays);
			for (Map.Entry<LocalDate, BigDecimal> part : byDate.entrySet()) {
				LocalDate paid = part.getKey().plusDays(terms);
				if (!paid.isAfter(end)) {
					String id = (byDate.size() == 1) ? order.purchaseOrderId()
							: order.purchaseOrderId() + "@" + part.getKey();
					purchaseOrders.put(id, new Item(paid.isBefore(asOf) ? asOf : paid,
							toBase(part.getValue(), order.currency(), asOf).negate()));
				}
			}
		}
		return new Week(opening, receivables, bills, purchaseOrders);
	}

	/**
	 * Each customer's amount-weighted mean of (paid − due) over the payments of sales
	 * invoices in [as-of − 365, as-of], weights in the base currency at as-of, rounded
	 * half even to whole days.
	 */
	Map<String, Long> customerDaysLate(LocalDate asOf) {
		Map<String, BigDecimal[]> sums = new TreeMap<>();
		for (PaymentRecorded payment : this.payments.values()) {
			InvoiceUpserted invoice = (payment.invoiceId() != null)
					? this.invoices.get(payment.source() + ":" + payment.invoiceId()) : null;
			if (invoice == null || invoice.type() != InvoiceType.ACCREC || !payment.status().equals("authorised")
					|| payment.paidOn().isBefore(asOf.minusDays(365)) || payment.paidOn().isAfter(asOf)) {
				continue;
			}
			BigDecimal weight = convert(payment.amount().amount(), payment.amount().currency(), asOf);
			LocalDate due = (invoice.dueDate() != null) ? invoice.dueDate() : invoice.issueDate();
			BigDecimal[] sum = sums.computeIfAbsent(invoice.contact().contactId(),
					(key) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(weight.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(due, payment.paidOn()))));
			sum[1] = sum[1].add(weight);
		}
		Map<String, Long> late = new TreeMap<>();
		sums.forEach((contact, sum) -> {
			if (sum[1].signum() > 0) {
				late.put(contact, sum[0].divide(sum[1], 0, RoundingMode.HALF_EVEN).longValueExact());
			}
		});
		return late;
	}

	// Week 1 from forecasting's published numbers

	/**
	 * The forecast payouts of week 1 per channel, from forecasting's published forecasts
	 * and the generator's catalogue prices: per SKU its channel series (the all-channel
	 * one only without any), per channel its all-region series (the regions only without
	 * one), the latest of each series; a period's revenue = Σ price × forecast units,
	 * spread evenly over its days from as-of to the horizon (as-of + 90); paid by the
	 * documented default plans (fees 0): {@code amazon*} in 14-day settlements from
	 * 2024-01-01, paid 3 days after the close; {@code shopify*} each day's sales 3
	 * business days (Monday to Friday) later; {@code wholesale*} / {@code b2b*} 30 days
	 * later; any other channel the same day. Each payout rounded to cents once.
	 */
	Map<String, Map<String, Item>> forecastPayouts(LocalDate asOf, List<PublishedForecast> published) {
		LocalDate horizonEnd = asOf.plusDays(90);
		LocalDate weekEnd = asOf.plusDays(6);
		Map<String, PublishedForecast> latest = new TreeMap<>();
		for (PublishedForecast forecast : published) {
			latest.merge(forecast.sku() + "|" + forecast.channel() + "|" + forecast.region(), forecast,
					(kept, next) -> next.generatedAt().isBefore(kept.generatedAt()) ? kept : next);
		}
		Map<String, List<PublishedForecast>> bySku = new TreeMap<>();
		latest.values()
			.forEach((forecast) -> bySku.computeIfAbsent(forecast.sku(), (key) -> new java.util.ArrayList<>())
				.add(forecast));
		// channel -> day -> revenue of the day
		Map<String, TreeMap<LocalDate, BigDecimal>> daily = new TreeMap<>();
		bySku.forEach((sku, series) -> {
			ProductUpserted product = this.products.get(sku);
			if (product == null || product.price() == null) {
				return;
			}
			BigDecimal price = (product.price().currency().equals(this.baseCurrency)) ? product.price().amount()
					: convert(product.price().amount(), product.price().currency(), asOf).setScale(4,
							RoundingMode.HALF_UP);
			List<PublishedForecast> byChannel = series.stream().filter((f) -> !f.channel().equals("all")).toList();
			List<PublishedForecast> chosen = byChannel.isEmpty() ? series : byChannel;
			Map<String, List<PublishedForecast>> perChannel = new TreeMap<>();
			chosen.forEach((f) -> perChannel.computeIfAbsent(f.channel(), (key) -> new java.util.ArrayList<>()).add(f));
			perChannel.forEach((channel, forecasts) -> {
				List<PublishedForecast> allRegions = forecasts.stream()
					.filter((f) -> f.region().equals("all"))
					.toList();
				for (PublishedForecast forecast : allRegions.isEmpty() ? forecasts : allRegions) {
					for (ForecastPoint point : forecast.points()) {
						LocalDate to = switch (forecast.granularity()) {
							case "day" -> point.periodStart();
							case "week" -> point.periodStart().plusDays(6);
							case "month" -> point.periodStart().plusMonths(1).minusDays(1);
							default -> throw new IllegalArgumentException(forecast.granularity());
						};
						if (to.isBefore(asOf) || point.periodStart().isAfter(horizonEnd) || point.quantity() <= 0) {
							continue;
						}
						BigDecimal perDay = price.multiply(BigDecimal.valueOf(point.quantity()))
							.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(point.periodStart(), to) + 1),
									MathContext.DECIMAL128);
						for (LocalDate day = point.periodStart(); !day.isAfter(to); day = day.plusDays(1)) {
							if (!day.isBefore(asOf) && !day.isAfter(horizonEnd)) {
								daily.computeIfAbsent(channel, (key) -> new TreeMap<>())
									.merge(day, perDay, (a, b) -> a.add(b, MathContext.DECIMAL128));
							}
						}
					}
				}
			});
		});
		Map<String, Map<String, Item>> payouts = new TreeMap<>();
		daily.forEach((channel, days) -> {
			Map<String, Item> items = new TreeMap<>();
			String name = channel.toLowerCase(java.util.Locale.ROOT);
			if (name.startsWith("amazon")) {
				LocalDate anchor = LocalDate.of(2024, 1, 1);
				Map<LocalDate, BigDecimal> byPeriod = new TreeMap<>();
				days.forEach((day, revenue) -> byPeriod.merge(
						anchor.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 14) * 14), revenue,
						(a, b) -> a.add(b, MathContext.DECIMAL128)));
				byPeriod.forEach((start, revenue) -> {
					LocalDate paid = start.plusDays(14 + 3);
					if (!paid.isAfter(weekEnd)) {
						items.put("settlement " + start + ".." + start.plusDays(13), new Item(paid, cents(revenue)));
					}
				});
			}
			else {
				days.forEach((day, revenue) -> {
					LocalDate paid;
					if (name.startsWith("shopify")) {
						paid = day;
						for (int left = 3; left > 0;) {
							paid = paid.plusDays(1);
							if (paid.getDayOfWeek().getValue() <= 5) {
								left--;
							}
						}
					}
					else if (name.startsWith("wholesale") || name.startsWith("b2b")) {
						paid = day.plusDays(30);
					}
					else {
						paid = day;
					}
					if (!paid.isAfter(weekEnd)) {
						items.put("sales " + day, new Item(paid, cents(revenue)));
					}
				});
			}
			payouts.put(channel, items);
		});
		return payouts;
	}

	/**
	 * The suggested purchases of week 1 from forecasting's published reorder
	 * recommendations (the latest per SKU and location): paid the supplier's terms after
	 * the expected arrival, the estimated cost at as-of's rate.
	 */
	Map<String, Item> suggestedPurchases(LocalDate asOf, List<Recommendation> published,
			Map<String, Integer> supplierTerms, int defaultTermsDays) {
		Map<String, Recommendation> latest = new TreeMap<>();
		for (Recommendation recommendation : published) {
			latest.merge(recommendation.sku() + "@" + recommendation.locationId(), recommendation,
					(kept, next) -> next.generatedAt().isBefore(kept.generatedAt()) ? kept : next);
		}
		Map<String, Item> items = new TreeMap<>();
		for (Recommendation recommendation : latest.values()) {
			if (recommendation.cost() == null) {
				continue;
			}
			LocalDate paid = recommendation.expectedArrival()
				.plusDays(supplierTerms.getOrDefault(recommendation.supplierId(), defaultTermsDays));
			if (!paid.isAfter(asOf.plusDays(6))) {
				items.put(recommendation.id(), new Item(paid.isBefore(asOf) ? asOf : paid,
						toBase(recommendation.cost(), recommendation.currency(), asOf).negate()));
			}
		}
		return items;
	}

	/** One series' forecast as forecasting published it. */
	record PublishedForecast(String sku, String channel, String region, String granularity,
			java.time.Instant generatedAt, List<ForecastPoint> points) {
	}

	/** A period's point forecast. */
	record ForecastPoint(LocalDate periodStart, double quantity) {
	}

	/** A reorder recommendation as forecasting published it. */
	record Recommendation(String id, String sku, String locationId, String supplierId, LocalDate expectedArrival,
			BigDecimal cost, String currency, java.time.Instant generatedAt) {
	}

	/**
	 * Week 1's opening and, per line, its items by reference.
	 */
	record Week(BigDecimal opening, Map<String, Item> receivables, Map<String, Item> bills,
			Map<String, Item> purchaseOrders) {

		static BigDecimal sum(Map<String, Item> items) {
			return items.values().stream().map(Item::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		}

	}

	/**
	 * One movement of a line: the day the money moves (as-of when it is overdue) and its
	 * signed amount.
	 */
	record Item(LocalDate date, BigDecimal amount) {

		@Override
		public String toString() {
			return this.date + " " + this.amount.stripTrailingZeros().toPlainString();
		}

	}

}
