package io.sentia.integrations.xero;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.MappingContext;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.RecordRejectedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.sentia.integrations.xero.XeroFixtures.CONNECTION;
import static io.sentia.integrations.xero.XeroFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official examples mapped to finance events, field by field. */
class XeroMappersTests {

	private static final Contact BARNEY = new Contact("a3675fc4-f8dd-4f03-ba5b-f1870566bcd7", "Barney Rubble-83203");

	private final MappingContext context = FixedMappingContext.of(CONNECTION.source());

	@Test
	void mapsTheOfficialSalesInvoicesFieldByField() {
		List<InvoiceUpserted> invoices = invoices(XeroFixtures.text("getInvoices.response.json"));
		assertThat(invoices).containsExactly(
				new InvoiceUpserted(TENANT, "d4956132-ed94-4dd7-9eaa-aa22dfdf06f2", "xero", InvoiceType.ACCREC,
						"INV-0001", "Red Fish, Blue Fish", BARNEY, LocalDate.parse("2018-10-20"),
						LocalDate.parse("2018-12-30"), "voided", "NZD", nzd("40.00"), nzd("0.00"), nzd("40.00"),
						nzd("0.00"), nzd("0.00"), nzd("0.00"), null, Instant.parse("2018-11-02T16:31:30.160Z")),
				new InvoiceUpserted(TENANT, "046d8a6d-1ae1-4b4d-9340-5601bdf41b87", "xero", InvoiceType.ACCREC,
						"INV-0002", "Red Fish, Blue Fish", BARNEY, LocalDate.parse("2018-10-20"),
						LocalDate.parse("2018-12-30"), "paid", "NZD", nzd("40.00"), nzd("6.00"), nzd("46.00"),
						nzd("46.00"), nzd("0.00"), nzd("0.00"), LocalDate.parse("2018-11-29"),
						Instant.parse("2018-11-02T16:36:32.690Z")),
				new InvoiceUpserted(TENANT, "7ef31b20-de17-4312-8382-412f869b1510", "xero", InvoiceType.ACCREC,
						"INV-0003", null, BARNEY, LocalDate.parse("2018-11-02"), LocalDate.parse("2018-11-07"),
						"authorised", "NZD", nzd("100.00"), nzd("15.00"), nzd("115.00"), nzd("0.00"), nzd("0.00"),
						nzd("115.00"), null, Instant.parse("2018-11-02T16:37:28.927Z")));
	}

	@Test
	void mapsBillsAsPayablesWithDueDateAndAmountDue() {
		List<InvoiceUpserted> bills = invoices(XeroFixtures.billsPage());
		assertThat(bills).extracting(InvoiceUpserted::type).containsOnly(InvoiceType.ACCPAY);
		InvoiceUpserted open = bills.get(2);
		assertThat(open.dueDate()).isEqualTo(LocalDate.parse("2018-11-07"));
		assertThat(open.amountDue()).isEqualTo(nzd("115.00"));
		assertThat(open.contact()).isEqualTo(BARNEY);
		assertThat(open.topic()).isEqualTo("finance.invoices.v1");
		assertThat(open.entityId()).isEqualTo("xero:7ef31b20-de17-4312-8382-412f869b1510");
	}

	@Test
	void keepsLargeAmountsExactAndTakesTheInvoiceDateFromDateString() {
		JsonNode invoice = XeroFixtures.json("getInvoice.response.json").path("Invoices").path(0);
		InvoiceUpserted mapped = (InvoiceUpserted) XeroMappers
			.invoice(new RawRecord("a03ffcd2-5d91-4c7e-b483-318584e9e439", Instant.ofEpochMilli(1551981568133L),
					invoice.toString()), this.context)
			.getFirst();
		assertThat(mapped.total()).isEqualTo(nzd("148062.76"));
		assertThat(mapped.amountPaid().amount().toPlainString()).isEqualTo("148062.76");
		assertThat(mapped.issueDate()).isEqualTo(LocalDate.parse("2019-03-07"));
		assertThat(mapped.fullyPaidOn()).isEqualTo(LocalDate.parse("2019-03-19"));
		// No AmountCredited in this example: nothing was credited.
		assertThat(mapped.amountCredited()).isEqualTo(nzd("0.00"));
	}

	@Test
	void prefersTheOrganisationsDateStringOverTheInstant() {
		ObjectNode invoice = (ObjectNode) XeroFixtures.json("getInvoices.response.json").path("Invoices").path(0);
		// An NZ organisation's 20 October starts on 19 October in UTC.
		invoice.put("Date", "/Date(1539946800000+1300)/");
		InvoiceUpserted mapped = (InvoiceUpserted) XeroMappers
			.invoice(new RawRecord("d4956132-ed94-4dd7-9eaa-aa22dfdf06f2", Instant.now(), invoice.toString()),
					this.context)
			.getFirst();
		assertThat(mapped.issueDate()).isEqualTo(LocalDate.parse("2018-10-20"));
	}

	@Test
	void mapsTheOfficialPaymentsWithDirectionCurrencyAndInvoice() {
		JsonNode payments = XeroFixtures.json("getPayments.response.json").path("Payments");
		assertThat(map(payments, "PaymentID", XeroMappers::payment)).containsExactly(
				new PaymentRecorded(TENANT, "99ea7f6b-c513-4066-bc27-b7c65dcd76c2", "xero", CashDirection.IN,
						"046d8a6d-1ae1-4b4d-9340-5601bdf41b87", "INV-0002", BARNEY, LocalDate.parse("2018-11-29"),
						nzd("46.00"), "5690f1e8-1d02-4893-90c2-ee1a69eff942", null, "authorised", false,
						Instant.parse("2018-11-02T16:36:32.690Z")),
				new PaymentRecorded(TENANT, "6b037c9b-2e5d-4905-84d3-eabfb3438242", "xero", CashDirection.OUT,
						"249f15fa-f2a7-4acc-8769-0984103f2225", "CN-0005",
						new Contact("430fa14a-f945-44d3-9f97-5df5e28441b8", "Liam Gallagher"),
						LocalDate.parse("2019-03-14"), nzd("2.00"), "136ebd08-60ea-4592-8982-be92c153b53a", "Too much",
						"authorised", false, Instant.parse("2019-03-05T18:59:06.173Z")));
	}

	@Test
	void mapsTheOfficialBankTransactionsWithDirectionAndAccount() {
		JsonNode transactions = XeroFixtures.json("getBankTransactions.response.json").path("BankTransactions");
		List<SentiaEvent> events = map(transactions, "BankTransactionID", XeroMappers::bankTransaction);
		BankTransactionRecorded.BankAccount account = new BankTransactionRecorded.BankAccount(
				"6f7594f2-f059-4d56-9e67-47ac9733bfe9", "088", "Business Wells Fargo");
		Contact sam = new Contact("9c2c64de-12c9-4167-b503-e2c0e1aa1f49", "sam");
		assertThat(events).containsExactly(
				new BankTransactionRecorded(TENANT, "db54aab0-ad40-4ced-bcff-0940ba20db2c", "xero", account,
						CashDirection.IN, "RECEIVE", sam, LocalDate.parse("2016-10-13"), usd("10.00"), null,
						"authorised", false, Instant.parse("2016-10-13T20:13:36.437Z")),
				new BankTransactionRecorded(TENANT, "29a69c45-64ca-4805-a1cc-34990de837b3", "xero", account,
						CashDirection.OUT, "SPEND-OVERPAYMENT", sam, LocalDate.parse("2016-10-13"), usd("9.00"), null,
						"authorised", false, Instant.parse("2016-10-13T20:18:50.500Z")),
				new BankTransactionRecorded(TENANT, "0b89bf5c-d40b-4514-96be-36a739fb0188", "xero", account,
						CashDirection.OUT, "SPEND-OVERPAYMENT", sam, LocalDate.parse("2016-10-13"), usd("8.00"), null,
						"authorised", false, Instant.parse("2016-10-13T21:01:27.037Z")));
	}

	@Test
	void takesAnOverpaymentRefundsCurrencyAndContactFromTheOverpayment() {
		ObjectNode payment = (ObjectNode) XeroFixtures.json("getPayments.response.json").path("Payments").path(0);
		JsonNode invoice = payment.remove("Invoice");
		ObjectNode overpayment = payment.putObject("Overpayment");
		overpayment.put("OverpaymentID", "7d457db3-3b0a-47e9-8b79-81252a7bcdcb");
		overpayment.put("CurrencyCode", "NZD");
		overpayment.set("Contact", invoice.path("Contact"));
		payment.put("PaymentType", "AROVERPAYMENTPAYMENT");
		PaymentRecorded refund = (PaymentRecorded) XeroMappers
			.payment(new RawRecord("99ea7f6b-c513-4066-bc27-b7c65dcd76c2", Instant.parse("2018-11-02T16:36:32.690Z"),
					payment.toString()), this.context)
			.getFirst();
		assertThat(refund.direction()).isEqualTo(CashDirection.OUT);
		assertThat(refund.amount()).isEqualTo(nzd("46.00"));
		assertThat(refund.contact()).isEqualTo(BARNEY);
		assertThat(refund.invoiceId()).isNull();
	}

	@Test
	void rejectsAnInvoiceWithoutCurrencyWithAReason() {
		ObjectNode invoice = (ObjectNode) XeroFixtures.json("getInvoices.response.json").path("Invoices").path(0);
		invoice.remove("CurrencyCode");
		assertThatThrownBy(() -> XeroMappers.invoice(
				new RawRecord("d4956132-ed94-4dd7-9eaa-aa22dfdf06f2", Instant.now(), invoice.toString()), this.context))
			.isInstanceOf(RecordRejectedException.class)
			.hasMessageContaining("CurrencyCode");
	}

	@Test
	void rejectsAPaymentOfUnknownTypeWithAReason() {
		ObjectNode payment = (ObjectNode) XeroFixtures.json("getPayments.response.json").path("Payments").path(0);
		payment.put("PaymentType", "SOMETHINGNEW");
		assertThatThrownBy(() -> XeroMappers.payment(
				new RawRecord("99ea7f6b-c513-4066-bc27-b7c65dcd76c2", Instant.now(), payment.toString()), this.context))
			.isInstanceOf(RecordRejectedException.class)
			.hasMessageContaining("SOMETHINGNEW");
	}

	private List<InvoiceUpserted> invoices(String page) {
		return map(XeroApi.JSON.readTree(page).path("Invoices"), "InvoiceID", XeroMappers::invoice).stream()
			.map(InvoiceUpserted.class::cast)
			.toList();
	}

	private List<SentiaEvent> map(JsonNode items, String idField,
			io.sentia.integrations.connector.RecordMapper mapper) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false)
			.flatMap((item) -> mapper
				.map(new RawRecord(item.path(idField).asString(),
						XeroDates.instant(item.path("UpdatedDateUTC").asString()), item.toString()), this.context)
				.stream())
			.toList();
	}

	private static Money nzd(String amount) {
		return new Money(new BigDecimal(amount), "NZD");
	}

	private static Money usd(String amount) {
		return new Money(new BigDecimal(amount), "USD");
	}

}
