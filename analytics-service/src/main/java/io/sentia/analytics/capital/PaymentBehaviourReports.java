package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.finance.InvoicePayment;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.analytics.workingcapital.payments.PaymentBehaviourCalculator;
import io.sentia.events.InvoiceType;

/**
 * Each customer's average days to pay and days late from the payments of its sales
 * invoices (joined at read time, so a payment stored before its invoice counts once the
 * invoice arrives), each converted at its payment day's rate; cached until the ledger, a
 * rate or the settings change.
 */
class PaymentBehaviourReports {

	private static final Set<CacheArea> READS = Set.of(CacheArea.LEDGER, CacheArea.FX, CacheArea.SETTINGS);

	/** Payment dates read: every one the books can hold. */
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final InvoiceRepository invoices;

	private final FxConverter fx;

	private final AnswerCache cache;

	private final PaymentBehaviourCalculator calculator = new PaymentBehaviourCalculator();

	PaymentBehaviourReports(InvoiceRepository invoices, FxConverter fx, AnswerCache cache) {
		this.invoices = invoices;
		this.fx = fx;
		this.cache = cache;
	}

	PaymentBehaviourAnswer customers(String tenantId) {
		return this.cache.get(tenantId, READS, "payment-behaviour?type=ACCREC", PaymentBehaviourAnswer.class, () -> {
			Conversions.baseCurrency(this.fx, tenantId);
			List<InvoicePayment> payments = this.invoices.invoicePayments(tenantId, InvoiceType.ACCREC, EARLIEST,
					LATEST);
			LocalDate first = payments.stream()
				.map(InvoicePayment::paidOn)
				.min(Comparator.naturalOrder())
				.orElse(LATEST);
			LocalDate last = payments.stream()
				.map(InvoicePayment::paidOn)
				.max(Comparator.naturalOrder())
				.orElse(LATEST);
			Conversions conversions = Conversions.load(this.fx, tenantId, first, last);
			List<io.sentia.analytics.workingcapital.payments.InvoicePayment> converted = new ArrayList<>();
			for (InvoicePayment payment : payments) {
				BigDecimal amount = conversions.toBase("payment " + payment.paymentId(), payment.amount(),
						payment.currency(), payment.paidOn());
				if (amount != null) {
					converted.add(new io.sentia.analytics.workingcapital.payments.InvoicePayment(
							new ContactRef(payment.contactId(), payment.contactName()),
							payment.source() + ":" + payment.invoiceId(), payment.issueDate(), payment.dueDate(),
							payment.paidOn(), amount));
				}
			}
			return new PaymentBehaviourAnswer(conversions.base().code(),
					List.copyOf(this.calculator.byContact(converted).values()), conversions.notes());
		});
	}

}
