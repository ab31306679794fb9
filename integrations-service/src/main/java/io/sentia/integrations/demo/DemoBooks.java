package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.PaymentRecorded;

/**
 * The demo brand's books as Xero keeps them: sales invoices to trade customers (who pay
 * when they please), bills from suppliers and for overheads and duty, and the payments
 * that settle them.
 */
final class DemoBooks {

	static final String SOURCE = "xero";

	private static final BigDecimal VAT_RATE = new BigDecimal("0.20");

	private final String tenantId;

	private final DemoRandom random;

	private final EventTimeline timeline;

	private final Map<String, Contact> contacts = new LinkedHashMap<>();

	private final Map<String, String> bankAccounts = new LinkedHashMap<>();

	private int nextSalesInvoice = 4101;

	private int nextSupplierInvoice = 20411;

	DemoBooks(String tenantId, DemoRandom random, EventTimeline timeline) {
		this.tenantId = tenantId;
		this.random = random;
		this.timeline = timeline;
		for (DemoSupplier supplier : DemoCatalogue.suppliers()) {
			this.contacts.put(supplier.code(), new Contact(random.uuid().toString(), supplier.name()));
		}
		for (TradeCustomer customer : DemoCatalogue.tradeCustomers()) {
			this.contacts.put(customer.code(), new Contact(random.uuid().toString(), customer.name()));
		}
		for (Overhead overhead : Overhead.values()) {
			this.contacts.put(overhead.name(), new Contact(random.uuid().toString(), overhead.contactName));
		}
		for (String currency : new String[] { "GBP", "EUR", "USD" }) {
			this.bankAccounts.put(currency, random.uuid().toString());
		}
	}

	/**
	 * Invoices a shipped trade order, and records its payment if the customer has paid by
	 * the end of the dataset.
	 */
	void invoiceTradeOrder(TradeCustomer customer, String salesOrderNumber, Instant shippedAt, Money subTotal) {
		LocalDate issued = shippedAt.atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate due = issued.plusDays(customer.paymentTermsDays());
		LocalDate paid = due.plusDays(this.random.between(customer.minDaysLate(), customer.maxDaysLate()));
		if (!paid.isAfter(issued)) {
			paid = issued.plusDays(1);
		}
		String number = "INV-" + this.nextSalesInvoice++;
		record(InvoiceType.ACCREC, number, salesOrderNumber, this.contacts.get(customer.code()), issued, shippedAt, due,
				subTotal, VAT_RATE, paid);
	}

	/** Records the supplier's bill for a received purchase order and its payment run. */
	void billPurchaseOrder(DemoSupplier supplier, String purchaseOrderNumber, Instant receivedAt, Money subTotal) {
		LocalDate issued = receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate due = issued.plusDays(supplier.paymentTermsDays());
		LocalDate paid = due.minusDays(this.random.between(0, 3));
		// Import VAT on foreign goods is settled at the border, not on the supplier's
		// bill.
		BigDecimal taxRate = "GBP".equals(supplier.currency()) ? VAT_RATE : BigDecimal.ZERO;
		String number = supplier.code().substring("SUP-".length()) + "-" + this.nextSupplierInvoice++;
		record(InvoiceType.ACCPAY, number, purchaseOrderNumber, this.contacts.get(supplier.code()), issued, receivedAt,
				due, subTotal, taxRate, paid);
	}

	/**
	 * Records the bills that arrive on the first of every month: warehousing, the
	 * marketing retainer, and the alcohol duty on what left bond for UK customers last
	 * month.
	 * @param firstOfMonth the day the bills arrive
	 * @param warehousingFee this month's warehousing fee in GBP
	 * @param litresOfAlcohol pure alcohol that left bond for the UK last month
	 */
	void monthlyBills(LocalDate firstOfMonth, BigDecimal warehousingFee, BigDecimal litresOfAlcohol) {
		Instant at = firstOfMonth.atTime(7, 0).toInstant(ZoneOffset.UTC);
		String month = firstOfMonth.minusMonths(1).toString().substring(0, 7);
		record(InvoiceType.ACCPAY, "LBW-" + month, "Storage and fulfilment " + month,
				this.contacts.get(Overhead.WAREHOUSING.name()), firstOfMonth, at, firstOfMonth.plusDays(30),
				gbp(warehousingFee), VAT_RATE, firstOfMonth.plusDays(30));
		record(InvoiceType.ACCPAY, "HC-" + month, "Marketing retainer " + month,
				this.contacts.get(Overhead.MARKETING.name()), firstOfMonth, at, firstOfMonth.plusDays(14),
				gbp(new BigDecimal("2500.00")), VAT_RATE, firstOfMonth.plusDays(14));
		if (litresOfAlcohol.signum() > 0) {
			BigDecimal duty = litresOfAlcohol.multiply(dutyRate(firstOfMonth.minusMonths(1)));
			LocalDate due = firstOfMonth.withDayOfMonth(15);
			record(InvoiceType.ACCPAY, null, "Alcohol Duty " + month, this.contacts.get(Overhead.DUTY.name()),
					firstOfMonth, at, due, gbp(duty), BigDecimal.ZERO, due);
		}
	}

	/** UK spirits duty per litre of pure alcohol, as it changed on 1 February 2025. */
	private static BigDecimal dutyRate(LocalDate month) {
		return month.isBefore(LocalDate.of(2025, 2, 1)) ? new BigDecimal("28.74") : new BigDecimal("31.64");
	}

	private void record(InvoiceType type, String number, String reference, Contact contact, LocalDate issued,
			Instant issuedAt, LocalDate due, Money subTotal, BigDecimal taxRate, LocalDate paidOn) {
		UUID invoiceId = this.random.uuid();
		UUID paymentId = this.random.uuid();
		int paidMinutes = this.random.between(0, 8 * 60);
		String currency = subTotal.currency();
		Money tax = new Money(subTotal.amount().multiply(taxRate).setScale(2, RoundingMode.HALF_UP), currency);
		Money total = new Money(subTotal.amount().add(tax.amount()), currency);
		Money zero = new Money(BigDecimal.ZERO.setScale(2), currency);
		this.timeline.add(issuedAt,
				new InvoiceUpserted(this.tenantId, invoiceId.toString(), SOURCE, type, number, reference, contact,
						issued, due, "authorised", currency, subTotal, tax, total, zero, zero, total, null, issuedAt));
		Instant paidAt = paidOn.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(paidMinutes * 60L);
		if (paidAt.isBefore(issuedAt)) {
			paidAt = issuedAt.plusSeconds(3600);
		}
		if (this.timeline.add(paidAt,
				new InvoiceUpserted(this.tenantId, invoiceId.toString(), SOURCE, type, number, reference, contact,
						issued, due, "paid", currency, subTotal, tax, total, total, zero, zero, paidOn, paidAt))) {
			CashDirection direction = (type == InvoiceType.ACCREC) ? CashDirection.IN : CashDirection.OUT;
			this.timeline.add(paidAt,
					new PaymentRecorded(this.tenantId, paymentId.toString(), SOURCE, direction, invoiceId.toString(),
							number, contact, paidOn, total, this.bankAccounts.get(currency), reference, "authorised",
							true, paidAt));
		}
	}

	private static Money gbp(BigDecimal amount) {
		return new Money(amount.setScale(2, RoundingMode.HALF_UP), "GBP");
	}

	private enum Overhead {

		WAREHOUSING("Leith Bonded Warehousing Ltd"), MARKETING("Harbour Creative Ltd"), DUTY("HM Revenue & Customs");

		private final String contactName;

		Overhead(String contactName) {
			this.contactName = contactName;
		}

	}

}
