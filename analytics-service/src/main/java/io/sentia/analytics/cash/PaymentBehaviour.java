package io.sentia.analytics.cash;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Each customer's average days late, from the invoices they have paid: the figure
 * {@link CashOutlookInput#customerDaysLate()} shifts their open invoices by.
 */
public final class PaymentBehaviour {

	private PaymentBehaviour() {
	}

	/**
	 * The mean of {@code paidOn − dueDate} over each customer's paid invoices, rounded
	 * half up to whole days; early payments count as negative days. A customer with no
	 * paid invoice is absent, so the outlook treats them as paying on time.
	 * @param paid fully paid sales invoices (the caller chooses the look-back window)
	 * @return average days late by contact
	 */
	public static Map<String, Integer> averageDaysLate(List<PaidInvoice> paid) {
		Map<String, long[]> totals = new HashMap<>();
		for (PaidInvoice invoice : paid) {
			long[] total = totals.computeIfAbsent(invoice.contact(), (contact) -> new long[2]);
			total[0] += ChronoUnit.DAYS.between(invoice.dueDate(), invoice.paidOn());
			total[1]++;
		}
		Map<String, Integer> late = new TreeMap<>();
		totals.forEach((contact, total) -> late.put(contact,
				BigDecimal.valueOf(total[0])
					.divide(BigDecimal.valueOf(total[1]), 0, RoundingMode.HALF_UP)
					.intValueExact()));
		return late;
	}

	/**
	 * A sales invoice paid in full.
	 *
	 * @param contact the customer, as {@link OpenReceivable#contact()} names them
	 * @param dueDate when it was due (the caller skips invoices without terms)
	 * @param paidOn when it was fully paid
	 */
	public record PaidInvoice(String contact, LocalDate dueDate, LocalDate paidOn) {

		public PaidInvoice {
			Objects.requireNonNull(contact, "contact");
			Objects.requireNonNull(dueDate, "dueDate");
			Objects.requireNonNull(paidOn, "paidOn");
		}

	}

}
