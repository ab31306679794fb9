package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.Supplier;

/**
 * Simulates two years of the demo brand day by day (orders against real stock, purchase
 * orders placed from the brand's plan, FBA refills, invoices, bills and payments) and
 * returns what the connectors would have reported, as canonical events in time order. One
 * fixed seed gives one dataset; nothing reads the clock.
 */
final class DemoDatasetGenerator {

	/**
	 * Bump when anything changes the generated events, so a loaded tenant gets the new
	 * set.
	 */
	static final String VERSION = "hhs-v2";

	/**
	 * The plan looks this far past the last day, so late purchase orders still see
	 * demand.
	 */
	private static final int PLAN_LOOKAHEAD_DAYS = 150;

	/** Web shoppers by local hour: a lunchtime bump and an evening peak. */
	private static final double[] RETAIL_HOURS = { 0.4, 0.25, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.2, 1.3, 1.5,
			1.4, 1.2, 1.1, 1.1, 1.2, 1.4, 1.7, 1.9, 1.8, 1.3, 0.8 };

	private static final BigDecimal PRICE_RISE = new BigDecimal("1.04");

	private static final BigDecimal MARKETPLACE_MARKUP = new BigDecimal("1.06");

	private static final BigDecimal TRADE_PRICE_SHARE = new BigDecimal("0.55");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final String CATALOGUE_SOURCE = "unleashed";

	private final DemoDatasetSpec spec;

	private final String tenantId;

	private final DemoRandom random;

	private final SalesCalendar calendar;

	private final DemandPlan plan;

	private final StockLedger ledger = new StockLedger();

	private final EventTimeline timeline;

	private final DemoBooks books;

	private final List<DemoProduct> products = DemoCatalogue.products();

	private final Map<String, Supplier> suppliers = new LinkedHashMap<>();

	private final List<PurchaseOrder> openPurchaseOrders = new ArrayList<>();

	private final List<Transfer> transfers = new ArrayList<>();

	private final Set<String> amazonOrderIds = new HashSet<>();

	private long nextShopifyOrderId = 5_812_300_000_000L;

	private long nextShopifyLineId = 14_310_500_000_000L;

	private int nextSalesOrder = 3041;

	private int nextPurchaseOrder = 1207;

	private double litresOfAlcoholForDuty;

	private DemoDatasetGenerator(DemoDatasetSpec spec) {
		this.spec = spec;
		this.tenantId = spec.tenantId();
		this.random = new DemoRandom(spec.seed());
		this.calendar = new SalesCalendar(spec.lastDay());
		this.plan = new DemandPlan(this.calendar, spec.firstDay(), spec.days() + PLAN_LOOKAHEAD_DAYS);
		this.timeline = new EventTimeline(spec.lastDay().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		this.books = new DemoBooks(this.tenantId, this.random, this.timeline);
		for (DemoSupplier supplier : DemoCatalogue.suppliers()) {
			this.suppliers.put(supplier.code(),
					new Supplier(this.random.uuid().toString(), supplier.code(), supplier.name()));
		}
	}

	/**
	 * Generates the dataset described by the spec.
	 * @param spec tenant, seed and days
	 * @return the events, in the order they happened
	 */
	static DemoDataset generate(DemoDatasetSpec spec) {
		return new DemoDatasetGenerator(spec).run();
	}

	private DemoDataset run() {
		LocalDate first = this.spec.firstDay();
		publishCatalogue(first, first.atStartOfDay().toInstant(ZoneOffset.UTC));
		openStock(first);
		for (LocalDate day = first; !day.isAfter(this.spec.lastDay()); day = day.plusDays(1)) {
			if (!day.equals(first) && day.getMonth() == Month.MARCH && day.getDayOfMonth() == 1) {
				publishCatalogue(day, day.atTime(6, 0).toInstant(ZoneOffset.UTC));
			}
			if (day.getDayOfMonth() == 1) {
				closeMonth(day);
			}
			receiveArrivals(day);
			sell(day);
			replenishWarehouses(day);
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				refillFbaPools(day);
			}
			reportStock(day);
		}
		return new DemoDataset(this.spec, this.timeline.inOrder());
	}

	// Catalogue and opening stock

	private void publishCatalogue(LocalDate day, Instant at) {
		for (DemoProduct product : this.products) {
			DemoSupplier supplier = product.isGiftSet() ? null : DemoCatalogue.supplier(product.supplierCode());
			List<ProductUpserted.BundleComponent> components = product.components()
				.stream()
				.map((component) -> new ProductUpserted.BundleComponent(component.sku(), component.quantity()))
				.toList();
			this.timeline.add(at,
					new ProductUpserted(this.tenantId, product.sku(), product.name(), product.category().label(),
							CATALOGUE_SOURCE, money(product.unitCostGbp(), "GBP"),
							money(listPrice(product, DemoStore.SHOPIFY_UK, day), "GBP"),
							(supplier != null) ? supplier.leadTimeDays() : null, product.minimumOrderQuantity(),
							product.casePack(), (supplier != null) ? this.suppliers.get(supplier.code()) : null,
							components, true, at));
		}
	}

	private void openStock(LocalDate first) {
		for (DemoLocation location : DemoLocation.values()) {
			for (String sku : this.plan.stockedSkus(location)) {
				DemoProduct product = DemoCatalogue.product(sku);
				int opening;
				if (product.limitedRelease()) {
					opening = (location == DemoLocation.WAREHOUSE_UK) ? 60 : 24;
				}
				else if (location.isWarehouse()) {
					int lead = DemoCatalogue.supplier(product.supplierCode()).leadTimeDays()
							+ location.extraSupplierLeadDays();
					opening = (int) Math.round(this.plan.supplying(location, sku, first, first.plusDays(lead + 30)));
				}
				else {
					opening = (int) Math.round(this.plan.shipping(location, sku, first, first.plusDays(35)));
				}
				this.ledger.open(location, sku, opening);
			}
		}
	}

	// Sales

	private void sell(LocalDate day) {
		List<OrderDraft> drafts = new ArrayList<>();
		for (DemoStore store : DemoStore.values()) {
			draftOrders(store, day, drafts);
		}
		// Stock goes to whoever orders first, across all channels of a location.
		drafts.sort(Comparator.comparing(OrderDraft::orderedAt));
		for (OrderDraft draft : drafts) {
			fulfil(draft);
		}
	}

	private void draftOrders(DemoStore store, LocalDate day, List<OrderDraft> drafts) {
		double noise = StrictMath.exp(0.12 * this.random.gaussian() - 0.0072);
		int count = this.random.poisson(this.calendar.expectedOrders(store, day) * noise);
		if (count == 0) {
			return;
		}
		double[] weights = new double[this.products.size()];
		boolean anyListed = false;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = DemandPlan.weight(this.calendar, this.products.get(i), store, day);
			anyListed |= weights[i] > 0;
		}
		if (!anyListed) {
			return;
		}
		int offsetHours = store.zone()
			.getRules()
			.getOffset(day.atTime(12, 0).toInstant(ZoneOffset.UTC))
			.getTotalSeconds() / 3600;
		int promotion = this.calendar.discountPercent(store, day);
		for (int i = 0; i < count; i++) {
			drafts.add(draftOrder(store, day, weights, offsetHours, promotion));
		}
	}

	private OrderDraft draftOrder(DemoStore store, LocalDate day, double[] weights, int offsetHours, int promotion) {
		int localHour = store.isWholesale() ? this.random.between(8, 17) : this.random.pick(RETAIL_HOURS);
		int utcHour = Math.floorMod(localHour - offsetHours, 24);
		Instant orderedAt = day.atStartOfDay()
			.toInstant(ZoneOffset.UTC)
			.plusSeconds(utcHour * 3600L + this.random.between(0, 3599));
		TradeCustomer customer = store.isWholesale() ? pickTradeCustomer() : null;
		boolean discountCode = store.isShopify() && promotion == 0 && this.random.chance(0.06);
		int percentOff = discountCode ? 10 : promotion;
		int lineCount = 1 + this.random.pick(OrderShape.lineCounts(store));
		double[] remaining = weights.clone();
		List<DraftLine> lines = new ArrayList<>();
		for (int i = 0; i < lineCount && hasPositive(remaining); i++) {
			int index = this.random.pick(remaining);
			remaining[index] = 0;
			DemoProduct product = this.products.get(index);
			int quantity = store.isWholesale() ? (1 + this.random.pick(OrderShape.tradeCases())) * product.casePack()
					: 1 + this.random.pick(OrderShape.units(product));
			lines.add(new DraftLine(product, quantity, unitPrice(product, store, day, percentOff)));
		}
		Fate fate = Fate.draw(store, this.random.uniform());
		Instant fulfilledAt = orderedAt.plusSeconds(fulfilmentSeconds(store));
		Instant cancelledAt = orderedAt.plusSeconds(this.random.between(3600, 20 * 3600));
		Instant refundedAt = fulfilledAt.plusSeconds(this.random.between(4 * 86400, 25 * 86400));
		int refundLine = this.random.between(0, lines.size() - 1);
		return new OrderDraft(store, orderedAt, lines, fate, customer, fulfilledAt, cancelledAt, refundedAt,
				refundLine);
	}

	private long fulfilmentSeconds(DemoStore store) {
		if (store.isAmazon()) {
			return this.random.between(3 * 3600, 28 * 3600);
		}
		if (store.isShopify()) {
			return this.random.between(18 * 3600, 44 * 3600);
		}
		return this.random.between(26 * 3600, 74 * 3600);
	}

	private TradeCustomer pickTradeCustomer() {
		List<TradeCustomer> customers = DemoCatalogue.tradeCustomers();
		double[] shares = new double[customers.size()];
		for (int i = 0; i < shares.length; i++) {
			shares[i] = customers.get(i).share();
		}
		return customers.get(this.random.pick(shares));
	}

	private void fulfil(OrderDraft draft) {
		DemoLocation location = draft.store().shipsFrom();
		boolean ships = draft.fate() != Fate.CANCELLED;
		List<DraftLine> accepted = new ArrayList<>();
		for (DraftLine line : draft.lines()) {
			Map<String, Integer> units = bottles(line);
			// Out of stock: the shop shows it sold out and the customer buys the rest, if
			// anything.
			if (!this.ledger.canShip(location, units)) {
				continue;
			}
			if (ships) {
				this.ledger.ship(location, units);
				if (draft.store() == DemoStore.SHOPIFY_UK || draft.store() == DemoStore.WHOLESALE_UK) {
					accrueDuty(units);
				}
			}
			accepted.add(line);
		}
		if (!accepted.isEmpty()) {
			publishOrder(draft, accepted);
		}
	}

	private Map<String, Integer> bottles(DraftLine line) {
		Map<String, Integer> units = new LinkedHashMap<>();
		if (line.product().isGiftSet()) {
			for (BundleComponent component : line.product().components()) {
				units.merge(component.sku(), component.quantity() * line.quantity(), Integer::sum);
			}
		}
		else {
			units.put(line.product().sku(), line.quantity());
		}
		return units;
	}

	private void publishOrder(OrderDraft draft, List<DraftLine> lines) {
		DemoStore store = draft.store();
		String orderId = nextOrderId(store);
		List<OrderLine> placed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			DraftLine line = lines.get(i);
			placed.add(orderLine(nextLineId(store, i), line.product().sku(), line.quantity(), line.unitPrice(),
					store.currency()));
		}
		int units = placed.stream().mapToInt(OrderLine::quantity).sum();
		Fate fate = (draft.fate() == Fate.PARTIALLY_REFUNDED && units < 2) ? Fate.REFUNDED : draft.fate();
		boolean fulfilled = this.timeline.includes(draft.fulfilledAt());
		if (fate == Fate.CANCELLED) {
			this.timeline.add(draft.orderedAt(),
					order(store, orderId, "open", draft.orderedAt(), draft.orderedAt(), placed));
			this.timeline.add(draft.cancelledAt(),
					order(store, orderId, "cancelled", draft.orderedAt(), draft.cancelledAt(), refund(placed, -1)));
			return;
		}
		if (!fulfilled) {
			this.timeline.add(draft.orderedAt(),
					order(store, orderId, "open", draft.orderedAt(), draft.orderedAt(), placed));
			return;
		}
		this.timeline.add(draft.fulfilledAt(),
				order(store, orderId, "fulfilled", draft.orderedAt(), draft.fulfilledAt(), placed));
		if (fate == Fate.REFUNDED) {
			this.timeline.add(draft.refundedAt(),
					order(store, orderId, "refunded", draft.orderedAt(), draft.refundedAt(), refund(placed, -1)));
		}
		else if (fate == Fate.PARTIALLY_REFUNDED) {
			int line = Math.min(draft.refundLine(), placed.size() - 1);
			this.timeline.add(draft.refundedAt(), order(store, orderId, "partially_refunded", draft.orderedAt(),
					draft.refundedAt(), refund(placed, line)));
		}
		if (store.isWholesale()) {
			this.books.invoiceTradeOrder(draft.customer(), orderId, draft.fulfilledAt(), sum(placed, store.currency()));
		}
	}

	private OrderUpserted order(DemoStore store, String orderId, String status, Instant orderedAt, Instant updatedAt,
			List<OrderLine> lines) {
		return new OrderUpserted(this.tenantId, orderId, store.source(), store.channel(), store.region(), store.store(),
				status, orderedAt, updatedAt, store.currency(), lines, sum(lines, store.currency()));
	}

	/**
	 * The lines after a refund: one unit of line {@code index} back, or everything back
	 * when the index is negative. Quantities count what the customer kept.
	 */
	private static List<OrderLine> refund(List<OrderLine> lines, int index) {
		List<OrderLine> refunded = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine line = lines.get(i);
			int kept = (index < 0) ? 0 : ((i == index) ? line.quantity() - 1 : line.quantity());
			refunded.add(
					orderLine(line.lineId(), line.sku(), kept, line.unitPrice().amount(), line.unitPrice().currency()));
		}
		return refunded;
	}

	private static OrderLine orderLine(String lineId, String sku, int quantity, BigDecimal unitPrice, String currency) {
		return new OrderLine(lineId, sku, quantity, money(unitPrice, currency),
				money(unitPrice.multiply(BigDecimal.valueOf(quantity)), currency));
	}

	private static Money sum(List<OrderLine> lines, String currency) {
		BigDecimal total = BigDecimal.ZERO;
		for (OrderLine line : lines) {
			total = total.add(line.lineTotal().amount());
		}
		return money(total, currency);
	}

	private String nextOrderId(DemoStore store) {
		return switch (store.source()) {
			case "shopify" -> {
				this.nextShopifyOrderId += this.random.between(1000, 90_000);
				yield Long.toString(this.nextShopifyOrderId);
			}
			case "amazon" -> amazonOrderId(store);
			default -> String.format(Locale.ROOT, "SO-%08d", this.nextSalesOrder++);
		};
	}

	private String nextLineId(DemoStore store, int index) {
		return switch (store.source()) {
			case "shopify" -> {
				this.nextShopifyLineId += this.random.between(1, 4000);
				yield Long.toString(this.nextShopifyLineId);
			}
			case "amazon" ->
				Long.toString(10_000_000_000_000L + Math.floorMod(this.random.nextLong(), 89_999_999_999_999L));
			default -> Integer.toString(index + 1);
		};
	}

	/**
	 * Amazon order ids look like {@code 203-1234567-7654321}, with a prefix per
	 * marketplace.
	 */
	private String amazonOrderId(DemoStore store) {
		String[] prefixes = "UK".equals(store.region()) ? new String[] { "202", "203", "204", "205", "206" }
				: new String[] { "111", "112", "113", "114" };
		while (true) {
			String id = String.format(Locale.ROOT, "%s-%07d-%07d",
					prefixes[this.random.between(0, prefixes.length - 1)], this.random.between(0, 9_999_999),
					this.random.between(0, 9_999_999));
			if (this.amazonOrderIds.add(id)) {
				return id;
			}
		}
	}

	// Prices

	private BigDecimal unitPrice(DemoProduct product, DemoStore store, LocalDate day, int percentOff) {
		BigDecimal list = listPrice(product, store, day);
		if (percentOff == 0) {
			return list;
		}
		return list.multiply(BigDecimal.valueOf(100L - percentOff)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/**
	 * The store's price on a day. Catalogue prices are those of the last day; prices rise
	 * 4% every 1 March (duty uprating), so earlier days are deflated. Other currencies
	 * and Amazon are converted and charm-priced to .99; trade pays 55% of UK retail.
	 */
	private BigDecimal listPrice(DemoProduct product, DemoStore store, LocalDate day) {
		int rises = priceRisesAfter(day);
		BigDecimal gbp = product.rrpGbp();
		for (int i = 0; i < rises; i++) {
			gbp = gbp.divide(PRICE_RISE, 10, RoundingMode.HALF_UP);
		}
		if (store.isWholesale()) {
			return gbp.multiply(TRADE_PRICE_SHARE).setScale(2, RoundingMode.HALF_UP);
		}
		if (store == DemoStore.SHOPIFY_UK && rises == 0) {
			return gbp.setScale(2, RoundingMode.HALF_UP);
		}
		BigDecimal local = switch (store.currency()) {
			case "EUR" -> gbp.multiply(new BigDecimal("1.18"));
			case "USD" -> gbp.multiply(new BigDecimal("1.30"));
			default -> gbp;
		};
		if (store.isAmazon()) {
			local = local.multiply(MARKETPLACE_MARKUP);
		}
		return local.setScale(0, RoundingMode.CEILING).subtract(new BigDecimal("0.01"));
	}

	private int priceRisesAfter(LocalDate day) {
		int rises = 0;
		for (int year = day.getYear(); year <= this.spec.lastDay().getYear(); year++) {
			LocalDate rise = LocalDate.of(year, Month.MARCH, 1);
			if (rise.isAfter(day) && !rise.isAfter(this.spec.lastDay())) {
				rises++;
			}
		}
		return rises;
	}

	// Purchasing and stock

	private void receiveArrivals(LocalDate day) {
		Iterator<PurchaseOrder> orders = this.openPurchaseOrders.iterator();
		while (orders.hasNext()) {
			PurchaseOrder order = orders.next();
			if (!order.arrival().equals(day)) {
				continue;
			}
			orders.remove();
			for (PurchaseLine line : order.lines()) {
				this.ledger.receive(order.location(), line.sku(), line.quantity());
			}
			Instant receivedAt = day.atTime(11, 0)
				.toInstant(ZoneOffset.UTC)
				.plusSeconds(this.random.between(0, 300) * 60L);
			this.timeline.add(receivedAt, purchaseOrder(order, "received", true, receivedAt));
			this.books.billPurchaseOrder(order.supplier(), order.number(), receivedAt, order.total());
		}
		Iterator<Transfer> inTransit = this.transfers.iterator();
		while (inTransit.hasNext()) {
			Transfer transfer = inTransit.next();
			if (transfer.arrival().equals(day)) {
				inTransit.remove();
				this.ledger.receive(transfer.pool(), transfer.sku(), transfer.quantity());
			}
		}
	}

	private void replenishWarehouses(LocalDate day) {
		for (DemoLocation warehouse : new DemoLocation[] { DemoLocation.WAREHOUSE_UK, DemoLocation.WAREHOUSE_US }) {
			for (DemoSupplier supplier : DemoCatalogue.suppliers()) {
				reviewSupplier(warehouse, supplier, day);
			}
		}
		if (day.equals(this.spec.lastDay().minusDays(400))) {
			releaseNextBatch(day);
		}
	}

	/**
	 * A periodic-review plan per supplier: when any of its bottles falls under its
	 * reorder point (demand over lead time plus two weeks), order everything from that
	 * supplier that is close to it, up to five more weeks of cover, at least the MOQ, in
	 * whole cases.
	 */
	private void reviewSupplier(DemoLocation warehouse, DemoSupplier supplier, LocalDate day) {
		int lead = supplier.leadTimeDays() + warehouse.extraSupplierLeadDays();
		LocalDate from = day.plusDays(1);
		Map<String, Integer> quantities = new LinkedHashMap<>();
		boolean due = false;
		List<DemoProduct> candidates = new ArrayList<>();
		for (String sku : this.plan.stockedSkus(warehouse)) {
			DemoProduct product = DemoCatalogue.product(sku);
			if (supplier.code().equals(product.supplierCode()) && !product.limitedRelease()) {
				candidates.add(product);
				due |= position(warehouse, sku) < reorderPoint(warehouse, product, from, lead);
			}
		}
		if (!due) {
			return;
		}
		for (DemoProduct product : candidates) {
			int position = position(warehouse, product.sku());
			if (position < 1.25 * reorderPoint(warehouse, product, from, lead)) {
				double target = product.planningBias()
						* this.plan.supplying(warehouse, product.sku(), from, from.plusDays(lead + 49L));
				int quantity = Math.max((int) Math.ceil(target - position), product.minimumOrderQuantity());
				quantities.put(product.sku(), roundUp(quantity, product.casePack()));
			}
		}
		placePurchaseOrder(warehouse, supplier, day, quantities, lead);
	}

	private double reorderPoint(DemoLocation warehouse, DemoProduct product, LocalDate from, int lead) {
		return product.planningBias() * this.plan.supplying(warehouse, product.sku(), from, from.plusDays(lead + 14L));
	}

	private int position(DemoLocation location, String sku) {
		return this.ledger.available(location, sku) + this.ledger.inbound(location, sku);
	}

	/**
	 * Limited releases come in numbered batches; the second batch is bottled 400 days
	 * before the end.
	 */
	private void releaseNextBatch(LocalDate day) {
		for (DemoProduct product : this.products) {
			if (!product.limitedRelease()) {
				continue;
			}
			DemoSupplier supplier = DemoCatalogue.supplier(product.supplierCode());
			for (DemoLocation warehouse : new DemoLocation[] { DemoLocation.WAREHOUSE_UK, DemoLocation.WAREHOUSE_US }) {
				if (this.ledger.tracks(warehouse, product.sku())) {
					int quantity = (warehouse == DemoLocation.WAREHOUSE_UK) ? 90 : 36;
					placePurchaseOrder(warehouse, supplier, day, Map.of(product.sku(), quantity),
							supplier.leadTimeDays() + warehouse.extraSupplierLeadDays());
				}
			}
		}
	}

	private void placePurchaseOrder(DemoLocation warehouse, DemoSupplier supplier, LocalDate day,
			Map<String, Integer> quantities, int lead) {
		LocalDate expected = day.plusDays(lead);
		LocalDate arrival = expected.plusDays(this.random.between(-2, 6) + disruptionDays(supplier, day));
		Instant placedAt = day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(this.random.between(0, 360) * 60L);
		List<PurchaseLine> lines = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
			DemoProduct product = DemoCatalogue.product(entry.getKey());
			BigDecimal unitCost = product.unitCostGbp()
				.multiply(fxPerGbp(supplier.currency()))
				.setScale(2, RoundingMode.HALF_UP);
			lines.add(new PurchaseLine(Integer.toString(lines.size() + 1), product.sku(), entry.getValue(),
					money(unitCost, supplier.currency())));
			this.ledger.expect(warehouse, product.sku(), entry.getValue());
		}
		PurchaseOrder order = new PurchaseOrder(this.random.uuid(),
				String.format(Locale.ROOT, "PO-%08d", this.nextPurchaseOrder++), supplier, warehouse, day, expected,
				arrival.isAfter(day) ? arrival : day.plusDays(1), lines);
		this.openPurchaseOrders.add(order);
		this.timeline.add(placedAt, purchaseOrder(order, "placed", false, placedAt));
	}

	/**
	 * Rum shipped from the Caribbean 20 to 17 months before the end is held up six weeks.
	 */
	private int disruptionDays(DemoSupplier supplier, LocalDate day) {
		long daysBeforeEnd = ChronoUnit.DAYS.between(day, this.spec.lastDay());
		return (supplier == DemoCatalogue.CANE && daysBeforeEnd >= 520 && daysBeforeEnd <= 610) ? 40 : 0;
	}

	private PurchaseOrderUpserted purchaseOrder(PurchaseOrder order, String status, boolean received,
			Instant updatedAt) {
		List<PurchaseOrderUpserted.Line> lines = order.lines()
			.stream()
			.map((line) -> new PurchaseOrderUpserted.Line(line.lineId(), line.sku(), line.quantity(),
					received ? line.quantity() : 0, line.unitCost(), line.total(), null))
			.toList();
		return new PurchaseOrderUpserted(this.tenantId, order.id().toString(), CATALOGUE_SOURCE, order.number(),
				this.suppliers.get(order.supplier().code()), status, order.orderDate(), order.expectedDate(),
				order.location().location().locationId(), order.supplier().currency(), lines, order.total(), updatedAt);
	}

	/**
	 * Weekly FBA refills: a pool under three weeks of cover (plus transit) gets six
	 * weeks' worth, as far as the warehouse can spare it after a week of its own orders.
	 */
	private void refillFbaPools(LocalDate day) {
		LocalDate from = day.plusDays(1);
		for (DemoLocation pool : new DemoLocation[] { DemoLocation.FBA_UK, DemoLocation.FBA_US }) {
			DemoLocation warehouse = pool.refilledFrom();
			int transit = pool.transferDays();
			for (String sku : this.plan.stockedSkus(pool)) {
				DemoProduct product = DemoCatalogue.product(sku);
				int position = position(pool, sku);
				double trigger = product.planningBias()
						* this.plan.shipping(pool, sku, from, from.plusDays(transit + 21L));
				if (!this.ledger.tracks(warehouse, sku) || position >= trigger) {
					continue;
				}
				double target = product.planningBias()
						* this.plan.shipping(pool, sku, from, from.plusDays(transit + 42L));
				int wanted = roundUp((int) Math.ceil(target - position), product.casePack());
				int spare = this.ledger.available(warehouse, sku)
						- (int) Math.ceil(this.plan.shipping(warehouse, sku, from, from.plusDays(7)));
				int quantity = Math.min(wanted, Math.max(0, spare) / product.casePack() * product.casePack());
				if (quantity <= 0) {
					continue;
				}
				this.ledger.dispatch(warehouse, sku, quantity);
				this.ledger.expect(pool, sku, quantity);
				this.transfers.add(new Transfer(pool, sku, quantity, day.plusDays(transit)));
				if (pool == DemoLocation.FBA_UK) {
					accrueDuty(Map.of(sku, quantity));
				}
			}
		}
	}

	private void reportStock(LocalDate day) {
		boolean snapshot = day.equals(this.spec.firstDay()) || day.equals(this.spec.lastDay())
				|| day.getDayOfWeek() == DayOfWeek.SUNDAY;
		Instant asOf = day.atTime(23, 59).toInstant(ZoneOffset.UTC);
		for (DemoLocation location : DemoLocation.values()) {
			for (StockLedger.Level level : this.ledger.closeDay(location, snapshot)) {
				this.timeline.add(asOf, new InventoryLevelChanged(this.tenantId, level.sku(), location.location(),
						location.source(), level.onHand(), level.available(), level.inbound(), level.reserved(), asOf));
			}
		}
	}

	// Books

	/**
	 * Duty is due on bottles leaving bond for UK customers (web shop, trade, Amazon UK).
	 */
	private void accrueDuty(Map<String, Integer> units) {
		for (Map.Entry<String, Integer> entry : units.entrySet()) {
			DemoProduct product = DemoCatalogue.product(entry.getKey());
			this.litresOfAlcoholForDuty += entry.getValue() * product.volumeMl() / 1000.0
					* product.abvPercent().doubleValue() / 100.0;
		}
	}

	private void closeMonth(LocalDate firstOfMonth) {
		double yearsBeforeEnd = ChronoUnit.DAYS.between(firstOfMonth, this.spec.lastDay()) / 365.25;
		BigDecimal warehousing = BigDecimal.valueOf(3400.0 * StrictMath.pow(1.12, -yearsBeforeEnd))
			.setScale(2, RoundingMode.HALF_UP);
		BigDecimal litres = BigDecimal.valueOf(this.litresOfAlcoholForDuty).setScale(2, RoundingMode.HALF_UP);
		this.books.monthlyBills(firstOfMonth, warehousing, litres);
		this.litresOfAlcoholForDuty = 0;
	}

	// Helpers

	private static BigDecimal fxPerGbp(String currency) {
		return switch (currency) {
			case "EUR" -> new BigDecimal("1.17");
			case "USD" -> new BigDecimal("1.27");
			default -> BigDecimal.ONE;
		};
	}

	private static int roundUp(int quantity, int multiple) {
		return ((quantity + multiple - 1) / multiple) * multiple;
	}

	private static boolean hasPositive(double[] weights) {
		for (double weight : weights) {
			if (weight > 0) {
				return true;
			}
		}
		return false;
	}

	static Money money(BigDecimal amount, String currency) {
		return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
	}

	/** What happens to an order after it is placed. */
	private enum Fate {

		KEPT, CANCELLED, REFUNDED, PARTIALLY_REFUNDED;

		static Fate draw(DemoStore store, double draw) {
			double cancel = store.isShopify() ? 0.025 : (store.isAmazon() ? 0.015 : 0.01);
			double refund = store.isShopify() ? 0.012 : (store.isAmazon() ? 0.02 : 0.0);
			double partial = store.isShopify() ? 0.02 : (store.isAmazon() ? 0.01 : 0.0);
			if (draw < cancel) {
				return CANCELLED;
			}
			if (draw < cancel + refund) {
				return REFUNDED;
			}
			return (draw < cancel + refund + partial) ? PARTIALLY_REFUNDED : KEPT;
		}

	}

	private record DraftLine(DemoProduct product, int quantity, BigDecimal unitPrice) {
	}

	private record OrderDraft(DemoStore store, Instant orderedAt, List<DraftLine> lines, Fate fate,
			TradeCustomer customer, Instant fulfilledAt, Instant cancelledAt, Instant refundedAt, int refundLine) {
	}

	private record PurchaseLine(String lineId, String sku, int quantity, Money unitCost) {

		Money total() {
			return money(this.unitCost.amount().multiply(BigDecimal.valueOf(this.quantity)), this.unitCost.currency());
		}

	}

	private record PurchaseOrder(UUID id, String number, DemoSupplier supplier, DemoLocation location,
			LocalDate orderDate, LocalDate expectedDate, LocalDate arrival, List<PurchaseLine> lines) {

		Money total() {
			BigDecimal total = BigDecimal.ZERO;
			for (PurchaseLine line : this.lines) {
				total = total.add(line.total().amount());
			}
			return money(total, this.supplier.currency());
		}

	}

	private record Transfer(DemoLocation pool, String sku, int quantity, LocalDate arrival) {
	}

}
