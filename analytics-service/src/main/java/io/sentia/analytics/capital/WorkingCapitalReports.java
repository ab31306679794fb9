package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.capital.history.DailyStock;
import io.sentia.analytics.capital.history.InventoryHistoryRepository;
import io.sentia.analytics.catalog.Product;
import io.sentia.analytics.catalog.ProductRepository;
import io.sentia.analytics.finance.BankTransactionRepository;
import io.sentia.analytics.finance.CashMovement;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.purchasing.PurchaseOrder;
import io.sentia.analytics.purchasing.PurchaseOrderRepository;
import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.DateRange;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.analytics.workingcapital.cycle.BalanceHistory;
import io.sentia.analytics.workingcapital.cycle.CashConversionCycleCalculator;
import io.sentia.analytics.workingcapital.cycle.CycleInputs;
import io.sentia.analytics.workingcapital.cycle.CycleMetrics;
import io.sentia.analytics.workingcapital.cycle.DatedBalance;
import io.sentia.analytics.workingcapital.liquidity.BalanceSheetInputs;
import io.sentia.analytics.workingcapital.liquidity.LiquidityCalculator;
import io.sentia.analytics.workingcapital.liquidity.LiquidityRatios;
import io.sentia.events.InvoiceType;
import org.jspecify.annotations.Nullable;

/**
 * Assembles the working-capital engine's inputs from the read models over a window —
 * receivables and payables histories from invoices and payments, inventory at cost from
 * the daily inventory history, credit sales, cost of goods sold, cash, open purchase
 * orders — each amount converted at its own day's rate; cached until any of them changes.
 */
class WorkingCapitalReports {

	private static final Set<CacheArea> READS = Set.of(CacheArea.LEDGER, CacheArea.INVENTORY, CacheArea.CATALOG,
			CacheArea.SALES, CacheArea.PURCHASING, CacheArea.FX, CacheArea.SETTINGS);

	private final LedgerQueries ledger;

	private final InventoryHistoryRepository inventoryHistory;

	private final ProductRepository products;

	private final BankTransactionRepository bankTransactions;

	private final PurchaseOrderRepository purchaseOrders;

	private final FxConverter fx;

	private final AnswerCache cache;

	WorkingCapitalReports(LedgerQueries ledger, InventoryHistoryRepository inventoryHistory, ProductRepository products,
			BankTransactionRepository bankTransactions, PurchaseOrderRepository purchaseOrders, FxConverter fx,
			AnswerCache cache) {
		this.ledger = ledger;
		this.inventoryHistory = inventoryHistory;
		this.products = products;
		this.bankTransactions = bankTransactions;
		this.purchaseOrders = purchaseOrders;
		this.fx = fx;
		this.cache = cache;
	}

	WorkingCapitalAnswer report(String tenantId, DateRange window) {
		return this.cache.get(tenantId, READS, "working-capital?from=" + window.from() + "&to=" + window.to(),
				WorkingCapitalAnswer.class, () -> compute(tenantId, window));
	}

	private WorkingCapitalAnswer compute(String tenantId, DateRange window) {
		Conversions.baseCurrency(this.fx, tenantId);
		LocalDate to = window.to();
		Optional<LocalDate> inventoryFrom = this.inventoryHistory.firstDay(tenantId);
		LocalDate earliest = window.from();
		earliest = earlier(earliest, this.ledger.firstBookedDay(tenantId).orElse(null));
		earliest = earlier(earliest, inventoryFrom.orElse(null));
		Conversions conversions = Conversions.load(this.fx, tenantId, earliest, to);
		BaseCurrency base = conversions.base();

		List<DatedBalance> receivables = ledgerHistory(tenantId, InvoiceType.ACCREC, to, conversions);
		List<DatedBalance> payables = ledgerHistory(tenantId, InvoiceType.ACCPAY, to, conversions);
		Set<String> skusWithoutCost = new TreeSet<>();
		List<DatedBalance> inventory = inventoryHistory(tenantId, to, conversions, skusWithoutCost);
		BigDecimal creditSales = base.zero();
		for (LedgerQueries.DailyAmount sales : this.ledger.creditSales(tenantId, window)) {
			creditSales = plus(creditSales, conversions.toBase("credit sales of " + sales.day(), sales.amount(),
					sales.currency(), sales.day()));
		}
		BigDecimal costOfGoodsSold = base.zero();
		long unitsWithoutCost = 0;
		for (LedgerQueries.DailyAmount cost : this.ledger.costOfGoodsSold(tenantId, window)) {
			unitsWithoutCost += cost.unitsWithoutCost();
			if (cost.currency() != null) {
				costOfGoodsSold = plus(costOfGoodsSold, conversions.toBase("cost of goods sold of " + cost.day(),
						cost.amount(), cost.currency(), cost.day()));
			}
		}
		CycleMetrics cycle = new CashConversionCycleCalculator()
			.compute(new CycleInputs(window, receivables, payables, inventory, creditSales, costOfGoodsSold), base);

		BalanceSheetInputs balances = new BalanceSheetInputs(to, cash(tenantId, to, conversions),
				balanceAt(receivables, to), balanceAt(inventory, to), balanceAt(payables, to),
				openPurchaseOrders(tenantId, to, conversions));
		LiquidityRatios liquidity = new LiquidityCalculator().ratios(balances, base);
		return new WorkingCapitalAnswer(window, cycle.days(), base.code(), metrics(cycle, liquidity), liquidity,
				inventoryFrom.orElse(null), List.copyOf(skusWithoutCost), unitsWithoutCost, conversions.notes());
	}

	private static List<WorkingCapitalAnswer.Metric> metrics(CycleMetrics cycle, LiquidityRatios liquidity) {
		WorkingCapitalAnswer.Input days = input("days in the window", Figure.of(BigDecimal.valueOf(cycle.days())));
		WorkingCapitalAnswer.Input cogs = input("cost of goods sold", Figure.of(cycle.costOfGoodsSold()));
		return List.of(
				metric("DSO", "average receivables ÷ credit sales × days in the window", cycle.dso(),
						input("average receivables", cycle.averageReceivables()),
						input("credit sales", Figure.of(cycle.creditSales())), days),
				metric("DPO", "average payables ÷ cost of goods sold × days in the window", cycle.dpo(),
						input("average payables", cycle.averagePayables()), cogs, days),
				metric("DIO", "average inventory at cost ÷ cost of goods sold × days in the window", cycle.dio(),
						input("average inventory at cost", cycle.averageInventoryAtCost()), cogs, days),
				metric("CCC", "DSO + DIO − DPO", cycle.ccc(), input("DSO", cycle.dso()), input("DIO", cycle.dio()),
						input("DPO", cycle.dpo())),
				metric("current ratio", "(cash + receivables + inventory at cost) ÷ payables", liquidity.currentRatio(),
						input("current assets", liquidity.currentAssets()),
						input("payables", liquidity.currentLiabilities())),
				metric("quick ratio", "(cash + receivables) ÷ payables", liquidity.quickRatio(),
						input("quick assets", liquidity.quickAssets()),
						input("payables", liquidity.currentLiabilities())));
	}

	private static WorkingCapitalAnswer.Metric metric(String name, String formula, Figure figure,
			WorkingCapitalAnswer.Input... inputs) {
		return new WorkingCapitalAnswer.Metric(name, formula, List.of(inputs), figure);
	}

	private static WorkingCapitalAnswer.Input input(String name, Figure figure) {
		return new WorkingCapitalAnswer.Input(name, figure);
	}

	/**
	 * End-of-day balances of a ledger from the first booked invoice to {@code to}; each
	 * movement is converted at its invoice's issue-day rate and rounded before it is
	 * summed.
	 */
	private List<DatedBalance> ledgerHistory(String tenantId, InvoiceType type, LocalDate to, Conversions conversions) {
		List<DatedBalance> movements = new ArrayList<>();
		for (LedgerQueries.LedgerMovement movement : this.ledger.movements(tenantId, type, to)) {
			BigDecimal amount = conversions.toBase(movement.item(), movement.amount(), movement.currency(),
					movement.rateDay());
			if (amount != null) {
				movements.add(new DatedBalance(movement.day(), amount));
			}
		}
		return BalanceHistory.fromMovements(conversions.base().zero(), movements);
	}

	/**
	 * End-of-day inventory at cost on every day of the history that has a snapshot: each
	 * position keeps its latest level, oversold counts zero, units are valued at the
	 * product's unit cost in its currency and each currency's total is converted at the
	 * day's rate.
	 */
	private List<DatedBalance> inventoryHistory(String tenantId, LocalDate to, Conversions conversions,
			Set<String> skusWithoutCost) {
		Map<String, Product> productsBySku = new HashMap<>();
		this.products.products(tenantId).forEach((product) -> productsBySku.put(product.sku(), product));
		Map<String, Integer> onHand = new HashMap<>();
		Map<String, BigDecimal> valueByCurrency = new TreeMap<>();
		List<DatedBalance> balances = new ArrayList<>();
		List<DailyStock> snapshots = this.inventoryHistory.snapshots(tenantId, to);
		for (int i = 0; i < snapshots.size(); i++) {
			DailyStock stock = snapshots.get(i);
			int counted = Math.max(stock.onHand(), 0);
			Integer before = onHand.put(stock.sku() + "\u0000" + stock.locationId(), counted);
			Product product = productsBySku.get(stock.sku());
			if (product == null || product.unitCost() == null || product.unitCostCurrency() == null) {
				skusWithoutCost.add(stock.sku());
			}
			else {
				int change = counted - ((before != null) ? before : 0);
				valueByCurrency.merge(product.unitCostCurrency(),
						product.unitCost().multiply(BigDecimal.valueOf(change)), BigDecimal::add);
			}
			boolean dayEnds = i + 1 == snapshots.size() || !snapshots.get(i + 1).day().equals(stock.day());
			if (dayEnds) {
				BigDecimal value = conversions.base().zero();
				for (Map.Entry<String, BigDecimal> currency : valueByCurrency.entrySet()) {
					value = plus(value, conversions.toBase("inventory at cost on " + stock.day(), currency.getValue(),
							currency.getKey(), stock.day()));
				}
				balances.add(new DatedBalance(stock.day(), value));
			}
		}
		return balances;
	}

	/**
	 * Cash at the end of a day over the bank transactions, or {@code null} without any.
	 */
	private @Nullable BigDecimal cash(String tenantId, LocalDate to, Conversions conversions) {
		List<CashMovement> movements = this.bankTransactions.cashMovement(tenantId, to);
		if (movements.isEmpty()) {
			return null;
		}
		BigDecimal cash = conversions.base().zero();
		for (CashMovement movement : movements) {
			BigDecimal net = conversions.toBase("cash in " + movement.currency(), movement.net(), movement.currency(),
					to);
			if (net == null) {
				return null;
			}
			cash = cash.add(net);
		}
		return cash;
	}

	/** Units still to arrive on open purchase orders at their line cost. */
	private BigDecimal openPurchaseOrders(String tenantId, LocalDate to, Conversions conversions) {
		BigDecimal total = conversions.base().zero();
		for (PurchaseOrder order : this.purchaseOrders.openOrders(tenantId)) {
			BigDecimal outstanding = BigDecimal.ZERO;
			for (PurchaseOrder.Line line : order.lines()) {
				outstanding = outstanding.add(line.unitCost().multiply(BigDecimal.valueOf(line.outstandingQuantity())));
			}
			total = plus(total,
					conversions.toBase(
							"purchase order "
									+ ((order.orderNumber() != null) ? order.orderNumber() : order.purchaseOrderId()),
							outstanding, order.currency(), to));
		}
		return total;
	}

	private static @Nullable BigDecimal balanceAt(List<DatedBalance> history, LocalDate day) {
		BigDecimal balance = null;
		for (DatedBalance dated : history) {
			if (dated.date().isAfter(day)) {
				break;
			}
			balance = dated.amount();
		}
		return balance;
	}

	private static BigDecimal plus(BigDecimal sum, @Nullable BigDecimal amount) {
		return (amount != null) ? sum.add(amount) : sum;
	}

	private static LocalDate earlier(LocalDate a, @Nullable LocalDate b) {
		return (b != null && b.isBefore(a)) ? b : a;
	}

}
