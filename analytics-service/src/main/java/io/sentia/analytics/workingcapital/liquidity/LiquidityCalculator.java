package io.sentia.analytics.workingcapital.liquidity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.events.CashDirection;

/**
 * The cash balance from bank transactions, and the current and quick ratios (formulas in
 * the package documentation).
 */
public final class LiquidityCalculator {

	/** Scale of both ratios. */
	public static final int RATIO_SCALE = 2;

	private static final String CURRENT_RATIO = "current ratio";

	private static final String QUICK_RATIO = "quick ratio";

	private static final List<BalanceItem> CURRENT_ASSETS = List.of(BalanceItem.CASH, BalanceItem.RECEIVABLES,
			BalanceItem.INVENTORY_AT_COST);

	private static final List<BalanceItem> QUICK_ASSETS = List.of(BalanceItem.CASH, BalanceItem.RECEIVABLES);

	/**
	 * Cash at the end of a day: the opening balance plus money in minus money out, over
	 * the movements dated on or before the day.
	 * @param asOf the day
	 * @param openingBalance the balance before the first movement (zero when the books'
	 * bank transactions start from an empty account)
	 * @param movements bank movements, in any order
	 * @return the balance
	 */
	public BigDecimal cash(LocalDate asOf, BigDecimal openingBalance, Collection<BankMovement> movements) {
		BigDecimal balance = openingBalance;
		for (BankMovement movement : movements) {
			if (movement.date().isAfter(asOf)) {
				continue;
			}
			balance = (movement.direction() == CashDirection.IN) ? balance.add(movement.amount())
					: balance.subtract(movement.amount());
		}
		return balance;
	}

	/**
	 * The ratios and the items they use.
	 * @param inputs the balance items
	 * @param base the currency of the amounts
	 * @return the ratios, "not available" naming any missing item
	 */
	public LiquidityRatios ratios(BalanceSheetInputs inputs, BaseCurrency base) {
		List<BalanceLine> lines = new ArrayList<>();
		for (BalanceItem item : BalanceItem.values()) {
			List<String> usedIn = switch (item) {
				case CASH, RECEIVABLES -> List.of(CURRENT_RATIO, QUICK_RATIO);
				case INVENTORY_AT_COST -> List.of(CURRENT_RATIO);
				case PAYABLES -> List.of(CURRENT_RATIO, QUICK_RATIO);
				case OPEN_PURCHASE_ORDERS -> List.of();
			};
			BigDecimal amount = inputs.amount(item);
			lines.add(new BalanceLine(item, (amount != null) ? base.round(amount) : null, usedIn));
		}
		Figure currentAssets = sum(inputs, CURRENT_ASSETS, base);
		Figure quickAssets = sum(inputs, QUICK_ASSETS, base);
		Figure liabilities = sum(inputs, List.of(BalanceItem.PAYABLES), base);
		return new LiquidityRatios(inputs.asOf(), base.code(), List.copyOf(lines), currentAssets, quickAssets,
				liabilities, ratio(currentAssets, liabilities), ratio(quickAssets, liabilities));
	}

	private static Figure sum(BalanceSheetInputs inputs, List<BalanceItem> items, BaseCurrency base) {
		List<String> missing = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (BalanceItem item : items) {
			BigDecimal amount = inputs.amount(item);
			if (amount == null) {
				missing.add(item.label());
			}
			else {
				total = total.add(base.round(amount));
			}
		}
		if (!missing.isEmpty()) {
			return Figure.unavailable("not available: " + String.join(", ", missing) + " missing");
		}
		return Figure.of(total);
	}

	private static Figure ratio(Figure assets, Figure liabilities) {
		if (!assets.isAvailable() || !liabilities.isAvailable()) {
			List<String> reasons = new ArrayList<>();
			if (!assets.isAvailable()) {
				reasons.add(assets.unavailableReason());
			}
			if (!liabilities.isAvailable()) {
				reasons.add(liabilities.unavailableReason());
			}
			return Figure.unavailable(String.join("; ", reasons));
		}
		if (liabilities.value().signum() <= 0) {
			return Figure.unavailable("not available: payables are " + liabilities.value().toPlainString()
					+ ", a ratio needs them above zero");
		}
		return Figure.of(assets.value()
			.divide(liabilities.value(), MathContext.DECIMAL128)
			.setScale(RATIO_SCALE, BaseCurrency.ROUNDING));
	}

}
