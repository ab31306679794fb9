package io.sentia.analytics.workingcapital.payments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sentia.analytics.workingcapital.BaseCurrency;
import io.sentia.analytics.workingcapital.ContactRef;

/**
 * Computes each contact's amount-weighted days to pay and days late (formulas in the
 * package documentation). The same payments in any order give the same answer.
 */
public final class PaymentBehaviourCalculator {

	/** Scale of the day averages. */
	public static final int DAYS_SCALE = 2;

	/**
	 * Each contact's payment behaviour.
	 * @param payments payments allocated to invoices, in any order
	 * @return behaviour by contact id, for every contact with at least one payment of a
	 * positive amount
	 */
	public SortedMap<String, PaymentBehaviour> byContact(Collection<InvoicePayment> payments) {
		Map<String, Weighted> byContact = new TreeMap<>();
		for (InvoicePayment payment : payments) {
			if (payment.amount().signum() == 0) {
				continue;
			}
			byContact.computeIfAbsent(payment.contact().contactId(), (id) -> new Weighted()).add(payment);
		}
		SortedMap<String, PaymentBehaviour> behaviours = new TreeMap<>();
		byContact.forEach((id, weighted) -> behaviours.put(id, weighted.toBehaviour()));
		return Collections.unmodifiableSortedMap(behaviours);
	}

	private static final class Weighted {

		private final Set<String> invoices = new HashSet<>();

		private ContactRef contact;

		private int payments;

		private BigDecimal amount = BigDecimal.ZERO;

		private BigDecimal amountDaysToPay = BigDecimal.ZERO;

		private BigDecimal amountDaysLate = BigDecimal.ZERO;

		void add(InvoicePayment payment) {
			if (this.contact == null || payment.contact().name().compareTo(this.contact.name()) < 0) {
				this.contact = payment.contact();
			}
			long toPay = ChronoUnit.DAYS.between(payment.issueDate(), payment.paidOn());
			long late = ChronoUnit.DAYS.between(payment.effectiveDueDate(), payment.paidOn());
			this.payments++;
			this.invoices.add(payment.invoiceId());
			this.amount = this.amount.add(payment.amount());
			this.amountDaysToPay = this.amountDaysToPay.add(payment.amount().multiply(BigDecimal.valueOf(toPay)));
			this.amountDaysLate = this.amountDaysLate.add(payment.amount().multiply(BigDecimal.valueOf(late)));
		}

		PaymentBehaviour toBehaviour() {
			return new PaymentBehaviour(this.contact, this.payments, this.invoices.size(), this.amount,
					average(this.amountDaysToPay), average(this.amountDaysLate));
		}

		private BigDecimal average(BigDecimal weightedDays) {
			return weightedDays.divide(this.amount, MathContext.DECIMAL128).setScale(DAYS_SCALE, BaseCurrency.ROUNDING);
		}

	}

}
