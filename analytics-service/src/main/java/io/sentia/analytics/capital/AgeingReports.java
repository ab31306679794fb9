package io.sentia.analytics.capital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.analytics.finance.Invoice;
import io.sentia.analytics.finance.InvoiceRepository;
import io.sentia.analytics.fx.FxConverter;
import io.sentia.analytics.workingcapital.ContactRef;
import io.sentia.analytics.workingcapital.ageing.AgeingCalculator;
import io.sentia.analytics.workingcapital.ageing.AgeingReport;
import io.sentia.analytics.workingcapital.ageing.OpenItem;
import io.sentia.events.InvoiceType;
import io.sentia.servicekit.errors.ApiProblemException;

/**
 * Ages the open invoices or bills of the invoice read model at a day, converted to the
 * base currency at that day's rate, and caches the answer until the ledger, a rate or the
 * tenant's settings change.
 */
public class AgeingReports {

	private static final Set<CacheArea> READS = Set.of(CacheArea.LEDGER, CacheArea.FX, CacheArea.SETTINGS);

	private final InvoiceRepository invoices;

	private final LedgerQueries ledger;

	private final FxConverter fx;

	private final AnswerCache cache;

	private final AgeingCalculator calculator = new AgeingCalculator();

	AgeingReports(InvoiceRepository invoices, LedgerQueries ledger, FxConverter fx, AnswerCache cache) {
		this.invoices = invoices;
		this.ledger = ledger;
		this.fx = fx;
		this.cache = cache;
	}

	/**
	 * The ageing of a tenant's open invoices or bills at a day.
	 * @param tenantId the tenant
	 * @param type receivables or payables
	 * @param asOf the day the items are aged at
	 * @return the ageing and how its amounts were converted
	 */
	public AgeingAnswer ageing(String tenantId, InvoiceType type, LocalDate asOf) {
		return this.cache.get(tenantId, READS, "ageing?type=" + type + "&asOf=" + asOf, AgeingAnswer.class, () -> {
			Conversions conversions = Conversions.load(this.fx, tenantId, asOf, asOf);
			List<OpenItem> items = openItems(tenantId, type, asOf, conversions, null);
			AgeingReport report = this.calculator.age(type, asOf, conversions.base(), items);
			return new AgeingAnswer(report, conversions.notes());
		});
	}

	/**
	 * One contact's ageing.
	 * @throws ApiProblemException 404 when no invoice of the type names the contact
	 */
	ContactAgeingAnswer contact(String tenantId, InvoiceType type, String contactId, LocalDate asOf) {
		return this.cache.get(tenantId, READS, "ageing?type=" + type + "&asOf=" + asOf + "&contact=" + contactId,
				ContactAgeingAnswer.class, () -> {
					Conversions conversions = Conversions.load(this.fx, tenantId, asOf, asOf);
					if (!this.ledger.knowsContact(tenantId, type, contactId)) {
						throw ApiProblemException.notFound("No " + describe(type) + " names contact " + contactId);
					}
					List<OpenItem> items = openItems(tenantId, type, asOf, conversions, contactId);
					AgeingReport report = this.calculator.age(type, asOf, conversions.base(), items);
					ContactRef contact = report.contacts().isEmpty() ? new ContactRef(contactId, null)
							: report.contacts().get(0).contact();
					return new ContactAgeingAnswer(type, asOf, report.baseCurrency(), contact, report.total(),
							report.totalByCurrency(), conversions.notes());
				});
	}

	private List<OpenItem> openItems(String tenantId, InvoiceType type, LocalDate asOf, Conversions conversions,
			String onlyContactId) {
		List<OpenItem> items = new ArrayList<>();
		for (Invoice invoice : this.invoices.openInvoices(tenantId, type)) {
			if (onlyContactId != null && !onlyContactId.equals(invoice.contactId())) {
				continue;
			}
			BigDecimal base = conversions.toBase(item(invoice), invoice.amountDue(), invoice.currency(), asOf);
			if (base != null) {
				items.add(new OpenItem(invoice.invoiceId(), type,
						new ContactRef(invoice.contactId(), invoice.contactName()), invoice.issueDate(),
						invoice.dueDate(), base, invoice.currency(), invoice.amountDue()));
			}
		}
		return items;
	}

	private static String item(Invoice invoice) {
		return "invoice " + ((invoice.invoiceNumber() != null) ? invoice.invoiceNumber() : invoice.invoiceId());
	}

	private static String describe(InvoiceType type) {
		return (type == InvoiceType.ACCREC) ? "sales invoice" : "bill";
	}

}
