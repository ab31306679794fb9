package io.sentia.analytics.outlook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.EventWire;
import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.ForecastPublished;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.PaymentRecorded;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.ReorderRecommended;
import io.sentia.events.SuggestionStatusChanged;
import io.sentia.events.Supplier;
import io.sentia.events.TenantCreated;

/**
 * Publishes a tenant's ledger as the producing services do, one event at a time, for the
 * outlook's tests.
 */
public final class OutlookLedger {

	public static final Supplier SUPPLIER = new Supplier("sup-1", "HIGH", "Highland Glass");

	private static final Instant UPDATED = Instant.parse("2026-02-28T09:00:00Z");

	private final EventWire wire;

	private final String tenant;

	public OutlookLedger(EventWire wire, String tenant) {
		this.wire = wire;
		this.tenant = tenant;
	}

	public OutlookLedger tenant(String baseCurrency) {
		this.wire.publish(new TenantCreated(this.tenant, "Outlook " + this.tenant, "outlook-" + this.tenant,
				baseCurrency, "Europe/London", UPDATED));
		return this;
	}

	public OutlookLedger bank(String id, CashDirection direction, String amount, String currency, LocalDate date) {
		this.wire.publish(new BankTransactionRecorded(this.tenant, id, "xero",
				new BankTransactionRecorded.BankAccount("acc-1", "090", "Business current"), direction,
				(direction == CashDirection.IN) ? "RECEIVE" : "SPEND", null, date, money(amount, currency), null,
				"authorised", true, UPDATED));
		return this;
	}

	/**
	 * An invoice (ACCREC) or bill (ACCPAY) with the amount still due; zero due is paid.
	 */
	public OutlookLedger invoice(InvoiceType type, String id, String contact, LocalDate issued, LocalDate due,
			String total, String amountDue, String currency) {
		BigDecimal paid = new BigDecimal(total).subtract(new BigDecimal(amountDue));
		String status = (new BigDecimal(amountDue).signum() == 0) ? "paid" : "authorised";
		this.wire.publish(new InvoiceUpserted(this.tenant, id, "xero", type, id, null, new Contact(contact, contact),
				issued, due, status, currency, money(total, currency), money("0.00", currency), money(total, currency),
				money(paid.toPlainString(), currency), money("0.00", currency), money(amountDue, currency), null,
				UPDATED));
		return this;
	}

	public OutlookLedger payment(String id, String invoiceId, String contact, LocalDate paidOn, String amount,
			String currency) {
		this.wire.publish(new PaymentRecorded(this.tenant, id, "xero", CashDirection.IN, invoiceId, invoiceId,
				new Contact(contact, contact), paidOn, money(amount, currency), "acc-1", null, "authorised", false,
				UPDATED));
		return this;
	}

	public OutlookLedger purchaseOrder(String id, LocalDate expected, int outstanding, String unitCost) {
		BigDecimal lineTotal = new BigDecimal(unitCost).multiply(BigDecimal.valueOf(outstanding));
		this.wire.publish(new PurchaseOrderUpserted(this.tenant, id, "unleashed", id, SUPPLIER, "placed",
				expected.minusDays(30), expected, "unleashed:MAIN", "GBP",
				List.of(new PurchaseOrderUpserted.Line("L1", "GIN-70", outstanding, 0, money(unitCost, "GBP"),
						money(lineTotal.toPlainString(), "GBP"), null)),
				money(lineTotal.toPlainString(), "GBP"), UPDATED));
		return this;
	}

	public OutlookLedger product(String sku, String price) {
		this.wire.publish(new ProductUpserted(this.tenant, sku, sku + " 70cl", null, "unleashed", money("8.00", "GBP"),
				money(price, "GBP"), 21, 12, 6, SUPPLIER, List.of(), true, UPDATED));
		return this;
	}

	/** A weekly forecast of a series, one point per quantity from {@code firstWeek}. */
	public OutlookLedger forecast(String sku, String channel, LocalDate firstWeek, double... quantities) {
		List<ForecastPublished.Point> points = new ArrayList<>();
		for (int i = 0; i < quantities.length; i++) {
			double quantity = quantities[i];
			points.add(new ForecastPublished.Point(firstWeek.plusWeeks(i), quantity,
					new ForecastPublished.Interval(quantity, quantity),
					new ForecastPublished.Interval(quantity, quantity),
					new ForecastPublished.Interval(quantity, quantity)));
		}
		this.wire.publish(new ForecastPublished(this.tenant, "fc-" + sku + "-" + channel,
				new ForecastPublished.SeriesKey(sku, channel, "all"), "ets", ForecastPublished.Granularity.WEEK,
				firstWeek.minusDays(1), UPDATED, points, null));
		return this;
	}

	public OutlookLedger recommendation(String id, String sku, LocalDate expectedArrival, String cost) {
		this.wire.publish(new ReorderRecommended(this.tenant, id, sku, "unleashed:MAIN", SUPPLIER, 5,
				expectedArrival.minusDays(14), expectedArrival, 4, 0, 30, 10, 0.95, expectedArrival.plusDays(5),
				money(cost, "GBP"), "below reorder point", "run-1", UPDATED));
		return this;
	}

	public OutlookLedger suggestionStatus(String id, String sku, String status) {
		this.wire.publish(new SuggestionStatusChanged(this.tenant, id, sku, "unleashed:MAIN", status, true,
				money("50.00", "GBP"), "above the approval threshold", null, null,
				SuggestionStatusChanged.AWAITING_APPROVAL.equals(status) ? null : "manager-1", UPDATED));
		return this;
	}

	private static Money money(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

}
