package io.sentia.analytics.workingcapital.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * End-of-day balances built from the movements that change them, for ledgers the read
 * models keep as documents rather than balances: receivables go up by each invoice's
 * total on its issue date and down by each payment or credit on its date; payables
 * likewise with bills.
 */
public final class BalanceHistory {

	private BalanceHistory() {
	}

	/**
	 * The running balance at the end of every day that has a movement.
	 * @param opening the balance before the first movement
	 * @param movements signed changes (an invoice positive, a payment negative), in any
	 * order, several per day allowed; amounts in the base currency, a payment converted
	 * at its invoice's rate so a settled invoice nets to zero
	 * @return one balance per day with movements, in date order
	 */
	public static List<DatedBalance> fromMovements(BigDecimal opening, Collection<DatedBalance> movements) {
		Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
		for (DatedBalance movement : movements) {
			byDay.merge(movement.date(), movement.amount(), BigDecimal::add);
		}
		List<DatedBalance> balances = new ArrayList<>();
		BigDecimal balance = opening;
		for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
			balance = balance.add(day.getValue());
			balances.add(new DatedBalance(day.getKey(), balance));
		}
		return List.copyOf(balances);
	}

}
