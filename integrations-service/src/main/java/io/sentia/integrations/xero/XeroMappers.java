package io.sentia.integrations.xero;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Xero records to finance events. Amounts are the JSON numbers read as exact
 * {@code BigDecimal}s; calendar dates come from the {@code *DateString} fields (the
 * organisation's dates), timestamps from {@code UpdatedDateUTC}.
 */
final class XeroMappers {

	static final String SOURCE = "xero";

	private XeroMappers() {
	}

	/** An invoice: {@code ACCREC} is a sales invoice, {@code ACCPAY} a bill. */
	static List<SentiaEvent> invoice(RawRecord record, MappingContext context) {
		try {
			return invoiceEvent(record, context);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new RecordRejectedException("Xero invoice " + record.externalId() + ": " + ex.getMessage(), ex);
		}
	}

	private static List<SentiaEvent> invoiceEvent(RawRecord record, MappingContext context) {
		JsonNode invoice = XeroApi.JSON.readTree(record.json());
		String id = record.externalId();
		InvoiceType type = switch (invoice.path("Type").asString("")) {
			case "ACCREC" -> InvoiceType.ACCREC;
			case "ACCPAY" -> InvoiceType.ACCPAY;
			default -> throw new RecordRejectedException("Xero invoice " + id + " has type '"
					+ invoice.path("Type").asString("") + "'; only ACCREC and ACCPAY are invoices or bills");
		};
		String currency = currency(invoice, "invoice " + id);
		LocalDate issued = XeroDates.date(text(invoice, "DateString"), text(invoice, "Date"));
		if (issued == null) {
			throw new RecordRejectedException("Xero invoice " + id + " has no Date; set the invoice date in Xero");
		}
		return List.of(new InvoiceUpserted(context.source().tenantId(), id, SOURCE, type,
				text(invoice, "InvoiceNumber"), text(invoice, "Reference"), contact(invoice.path("Contact"), id),
				issued, XeroDates.date(text(invoice, "DueDateString"), text(invoice, "DueDate")), status(invoice, id),
				currency, money(invoice, "SubTotal", currency), money(invoice, "TotalTax", currency),
				money(invoice, "Total", currency), money(invoice, "AmountPaid", currency),
				money(invoice, "AmountCredited", currency), money(invoice, "AmountDue", currency),
				XeroDates.date(text(invoice, "FullyPaidOnDateString"), text(invoice, "FullyPaidOnDate")),
				updated(record)));
	}

	/**
	 * A payment. Xero payments carry no currency of their own: it is the paid invoice's.
	 * Customers paying invoices and suppliers refunding credit notes or over- and
	 * prepayments bring money in; the opposites take it out.
	 */
	static List<SentiaEvent> payment(RawRecord record, MappingContext context) {
		try {
			return paymentEvent(record, context);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new RecordRejectedException("Xero payment " + record.externalId() + ": " + ex.getMessage(), ex);
		}
	}

	private static List<SentiaEvent> paymentEvent(RawRecord record, MappingContext context) {
		JsonNode payment = XeroApi.JSON.readTree(record.json());
		String id = record.externalId();
		JsonNode invoice = payment.path("Invoice");
		JsonNode document = settled(payment);
		String currency = currency(document, "payment " + id + "'s invoice, credit note, prepayment or overpayment");
		String type = payment.path("PaymentType").asString("");
		CashDirection direction = switch (type) {
			case "ACCRECPAYMENT", "APCREDITPAYMENT", "APOVERPAYMENTPAYMENT", "APPREPAYMENTPAYMENT" -> CashDirection.IN;
			case "ACCPAYPAYMENT", "ARCREDITPAYMENT", "AROVERPAYMENTPAYMENT", "ARPREPAYMENTPAYMENT" -> CashDirection.OUT;
			default -> throw new RecordRejectedException("Xero payment " + id + " has unknown PaymentType '" + type
					+ "'; expected ACCRECPAYMENT, ACCPAYPAYMENT or a credit, over- or prepayment refund");
		};
		LocalDate paidOn = XeroDates.date(text(payment, "DateString"), text(payment, "Date"));
		if (paidOn == null) {
			throw new RecordRejectedException("Xero payment " + id + " has no Date");
		}
		JsonNode contact = document.path("Contact");
		return List.of(new PaymentRecorded(context.source().tenantId(), id, SOURCE, direction,
				text(invoice, "InvoiceID"), text(invoice, "InvoiceNumber"),
				contact.isMissingNode() ? null : contact(contact, id), paidOn, money(payment, "Amount", currency),
				text(payment.path("Account"), "AccountID"), text(payment, "Reference"), status(payment, id),
				payment.path("IsReconciled").asBoolean(false), updated(record)));
	}

	/** A spend or receive money transaction: {@code RECEIVE*} in, {@code SPEND*} out. */
	static List<SentiaEvent> bankTransaction(RawRecord record, MappingContext context) {
		try {
			return bankTransactionEvent(record, context);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new RecordRejectedException("Xero bank transaction " + record.externalId() + ": " + ex.getMessage(),
					ex);
		}
	}

	private static List<SentiaEvent> bankTransactionEvent(RawRecord record, MappingContext context) {
		JsonNode transaction = XeroApi.JSON.readTree(record.json());
		String id = record.externalId();
		String type = transaction.path("Type").asString("");
		CashDirection direction;
		if (type.startsWith("RECEIVE")) {
			direction = CashDirection.IN;
		}
		else if (type.startsWith("SPEND")) {
			direction = CashDirection.OUT;
		}
		else {
			throw new RecordRejectedException("Xero bank transaction " + id + " has unknown Type '" + type
					+ "'; expected RECEIVE or SPEND (with -OVERPAYMENT, -PREPAYMENT or -TRANSFER)");
		}
		String currency = currency(transaction, "bank transaction " + id);
		LocalDate date = XeroDates.date(text(transaction, "DateString"), text(transaction, "Date"));
		if (date == null) {
			throw new RecordRejectedException("Xero bank transaction " + id + " has no Date");
		}
		JsonNode account = transaction.path("BankAccount");
		String accountId = text(account, "AccountID");
		if (accountId == null) {
			throw new RecordRejectedException("Xero bank transaction " + id + " has no BankAccount.AccountID");
		}
		String accountName = (text(account, "Name") != null) ? text(account, "Name")
				: (text(account, "Code") != null) ? text(account, "Code") : accountId;
		JsonNode contact = transaction.path("Contact");
		return List.of(new BankTransactionRecorded(context.source().tenantId(), id, SOURCE,
				new BankTransactionRecorded.BankAccount(accountId, text(account, "Code"), accountName), direction, type,
				(text(contact, "ContactID") != null) ? contact(contact, id) : null, date,
				money(transaction, "Total", currency), text(transaction, "Reference"), status(transaction, id),
				transaction.path("IsReconciled").asBoolean(false), updated(record)));
	}

	/**
	 * What a payment settles: an invoice or bill (credit notes appear as invoices of type
	 * ACCRECCREDIT/ACCPAYCREDIT), or for refunds a credit note, prepayment or
	 * overpayment. Each carries the currency and contact the payment itself lacks.
	 */
	private static JsonNode settled(JsonNode payment) {
		for (String field : List.of("Invoice", "CreditNote", "Prepayment", "Overpayment")) {
			if (payment.path(field).isObject()) {
				return payment.path(field);
			}
		}
		return MissingNode.getInstance();
	}

	private static Contact contact(JsonNode contact, String recordId) {
		String contactId = text(contact, "ContactID");
		String name = text(contact, "Name");
		if (contactId == null || name == null) {
			throw new RecordRejectedException("Xero record " + recordId + " has a contact without ContactID or Name");
		}
		return new Contact(contactId, name);
	}

	private static String currency(JsonNode node, String what) {
		String currency = text(node, "CurrencyCode");
		if (currency == null) {
			throw new RecordRejectedException("Xero " + what + " has no CurrencyCode");
		}
		return currency;
	}

	/** Xero's status in lower case, e.g. {@code AUTHORISED} → {@code authorised}. */
	private static String status(JsonNode node, String id) {
		String status = text(node, "Status");
		if (status == null) {
			throw new RecordRejectedException("Xero record " + id + " has no Status");
		}
		return status.toLowerCase(Locale.ROOT);
	}

	/**
	 * The amount exactly as Xero wrote it; a whole number gets two decimals, the scale
	 * Xero uses for money. A missing amount (e.g. no credit notes applied) is zero.
	 */
	private static Money money(JsonNode node, String field, String currency) {
		JsonNode value = node.path(field);
		BigDecimal amount;
		if (value.isMissingNode() || value.isNull()) {
			amount = BigDecimal.ZERO;
		}
		else if (value.isNumber()) {
			amount = value.decimalValue();
		}
		else {
			try {
				amount = new BigDecimal(value.asString().strip());
			}
			catch (NumberFormatException ex) {
				throw new RecordRejectedException(field + " '" + value.asString() + "' is not an amount", ex);
			}
		}
		return new Money((amount.scale() < 2) ? amount.setScale(2) : amount, currency);
	}

	private static Instant updated(RawRecord record) {
		if (record.updatedAt() == null) {
			throw new RecordRejectedException("Xero record " + record.externalId() + " has no UpdatedDateUTC");
		}
		return record.updatedAt();
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

}
