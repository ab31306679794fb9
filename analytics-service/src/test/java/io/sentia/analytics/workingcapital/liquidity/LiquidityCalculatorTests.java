package io.sentia.analytics.workingcapital.liquidity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.Figure;
import io.sentia.events.CashDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiquidityCalculatorTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

	private static final BaseCurrency GBP = BaseCurrency.of("GBP");

	private final LiquidityCalculator calculator = new LiquidityCalculator();

	@Test
	void cashIsTheOpeningBalanceWithTheMovementsUpToTheDate() {
		List<BankMovement> movements = List.of(movement(1, 20, CashDirection.IN, "300"),
				movement(1, 5, CashDirection.IN, "500"), movement(1, 15, CashDirection.OUT, "200"));

		assertThat(this.calculator.cash(AS_OF, new BigDecimal("1000"), movements)).isEqualByComparingTo("1300");
	}

	@Test
	void computesBothRatiosAndListsTheItemsTheyUse() {
		LiquidityRatios ratios = this.calculator.ratios(inputs("1300", "2700", "4000", "3200", "1500"), GBP);

		// (1,300 + 2,700 + 4,000) / 3,200 and (1,300 + 2,700) / 3,200.
		assertThat(ratios.currentRatio()).isEqualTo(Figure.of(new BigDecimal("2.50")));
		assertThat(ratios.quickRatio()).isEqualTo(Figure.of(new BigDecimal("1.25")));
		assertThat(ratios.currentAssets()).isEqualTo(Figure.of(new BigDecimal("8000.00")));
		assertThat(ratios.items()).extracting(BalanceLine::item).containsExactly(BalanceItem.values());
		assertThat(ratios.items().get(BalanceItem.INVENTORY_AT_COST.ordinal()).usedIn())
			.containsExactly("current ratio");
		assertThat(ratios.items().get(BalanceItem.OPEN_PURCHASE_ORDERS.ordinal()).usedIn()).isEmpty();
		assertThat(ratios.items().get(BalanceItem.OPEN_PURCHASE_ORDERS.ordinal()).amount())
			.isEqualTo(new BigDecimal("1500.00"));
	}

	@Test
	void missingInventoryLeavesOnlyTheCurrentRatioUnavailable() {
		LiquidityRatios ratios = this.calculator.ratios(inputs("1300", "2700", null, "3200", null), GBP);

		assertThat(ratios.currentRatio()).isEqualTo(Figure.unavailable("not available: inventory at cost missing"));
		assertThat(ratios.quickRatio()).isEqualTo(Figure.of(new BigDecimal("1.25")));
		assertThat(ratios.items().get(BalanceItem.INVENTORY_AT_COST.ordinal()).amount()).isNull();
	}

	@Test
	void missingCashAndPayablesAreBothNamed() {
		LiquidityRatios ratios = this.calculator.ratios(inputs(null, "2700", "4000", null, null), GBP);

		assertThat(ratios.quickRatio().unavailableReason()).contains("cash missing", "payables missing");
	}

	@Test
	void noPayablesLeaveBothRatiosUnavailableRatherThanInfinite() {
		LiquidityRatios ratios = this.calculator.ratios(inputs("1300", "2700", "4000", "0", null), GBP);

		assertThat(ratios.currentRatio().isAvailable()).isFalse();
		assertThat(ratios.quickRatio().unavailableReason()).contains("payables are 0.00");
	}

	private static BalanceSheetInputs inputs(String cash, String receivables, String inventory, String payables,
			String purchaseOrders) {
		return new BalanceSheetInputs(AS_OF, decimal(cash), decimal(receivables), decimal(inventory), decimal(payables),
				decimal(purchaseOrders));
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static BankMovement movement(int month, int day, CashDirection direction, String amount) {
		return new BankMovement(LocalDate.of(2026, month, day), direction, new BigDecimal(amount));
	}

}
