package io.sentia.integrations.upload;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.sentia.integrations.upload.TemplateColumn.optional;
import static io.sentia.integrations.upload.TemplateColumn.required;

/**
 * What an uploaded spreadsheet holds: its template (columns, formats, an example row) and
 * the columns that identify one record. Rows sharing the key form one record (an order
 * with its lines); for kinds without lines a repeated key is a mistake.
 */
public enum UploadKind {

	ORDERS("orders", true, List.of("store", "order_id"), List.of(
			required("order_id", "the order's id in your system, unique per store"),
			optional("line_id", "the line's id within the order; default: its position in the file (1, 2, …)"),
			required("ordered_at", "when the order was placed: ISO date 2026-03-01 or date-time 2026-03-01T10:15:00Z"),
			optional("updated_at", "when the order last changed, ISO date-time; default: ordered_at"),
			optional("status", "open | fulfilled | cancelled | refunded | partially_refunded; default: open"),
			optional("channel", "shopify | amazon | wholesale | other; default: other"),
			required("region", "sales region, e.g. UK, EU, US"),
			required("store", "the store or shop the order came from, e.g. uk"),
			required("currency", "ISO-4217 code, 3 upper-case letters, e.g. GBP"), required("sku", "the product's SKU"),
			required("quantity", "units, a whole number >= 0"),
			required("unit_price", "price of one unit, decimal point, no thousands separator, e.g. 21.50"),
			optional("line_total", "revenue of the line net of discounts; default: quantity x unit_price"),
			optional("order_total",
					"revenue of the whole order, same on every line; default: sum of line totals (0.00 when cancelled)")),
			"HH-1001,1,2026-03-01T10:15:00Z,,open,shopify,UK,uk,GBP,HH-GIN-LD-70,2,21.50,43.00,43.00"),

	PRODUCTS("products", false, List.of("sku"),
			List.of(required("sku", "the product's SKU, unique in the file"), required("name", "product name"),
					optional("category", "the product's category for reporting, e.g. Gin"),
					optional("currency", "ISO-4217 code of unit_cost and price; required when either is given"),
					optional("unit_cost", "cost of one unit, decimal point, e.g. 7.85"),
					optional("price", "default selling price of one unit, decimal point"),
					optional("lead_time_days", "supplier lead time in days, a whole number >= 0"),
					optional("moq", "minimum order quantity in units, a whole number >= 1; default: 1"),
					optional("case_pack", "units per case, a whole number >= 1; default: 1"),
					optional("supplier_code", "the default supplier's code"),
					optional("supplier_name", "the default supplier's name; required when supplier_code is given"),
					optional("active", "true | false; default: true"),
					optional("updated_at", "when the product last changed, ISO date-time; default: the upload time")),
			"HH-GIN-LD-70,London Dry Gin 70cl,Gin,GBP,7.85,21.50,21,6,6,GLASSCO,Glass & Co,true,"),

	INVENTORY("inventory", false, List.of("sku", "location"),
			List.of(required("sku", "the product's SKU"),
					required("location", "stable id of the stock location, e.g. warehouse:MAIN"),
					optional("location_name", "display name of the location; default: location"),
					optional("location_type",
							"warehouse | amazon_fba | third_party_logistics | store; default: warehouse"),
					required("on_hand", "units physically at the location, a whole number"),
					optional("reserved", "units allocated to orders, a whole number >= 0; default: 0"),
					optional("available", "units that can be sold now; default: on_hand - reserved"),
					optional("inbound", "units on their way to the location, >= 0; default: 0"),
					optional("as_of", "when the level was counted, ISO date or date-time; default: the upload time")),
			"HH-GIN-LD-70,warehouse:MAIN,Main warehouse,warehouse,240,12,228,96,2026-03-01T06:00:00Z"),

	PURCHASE_ORDERS("purchase-orders", true, List.of("purchase_order_id"),
			List.of(required("purchase_order_id", "the purchase order's id in your system"),
					optional("order_number", "the number people use; default: none"),
					required("supplier_name", "the supplier's name"),
					optional("supplier_code", "the supplier's code; also its id when given"),
					optional("status", "draft | placed | partially_received | received | cancelled; default: placed"),
					required("order_date", "ISO date, e.g. 2026-03-01"),
					optional("expected_date", "ISO date the goods are due"),
					optional("location", "id of the location receiving the goods"),
					required("currency", "ISO-4217 code, e.g. GBP"),
					optional("line_id", "the line's id within the order; default: its position in the file"),
					required("sku", "the product's SKU"), required("quantity", "units ordered, a whole number >= 0"),
					optional("received_quantity", "units received so far, >= 0; default: 0"),
					required("unit_cost", "cost of one unit, decimal point"),
					optional("line_total", "cost of the line excluding tax; default: quantity x unit_cost"),
					optional("line_expected_date", "ISO date this line is due; default: expected_date"),
					optional("updated_at", "when the order last changed, ISO date-time; default: the upload time")),
			"PO-2026-031,PO-031,Glass & Co,GLASSCO,placed,2026-03-01,2026-03-22,warehouse:MAIN,GBP,1,HH-GIN-LD-70,600,0,7.85,4710.00,,"),

	INVOICES("invoices", false, List.of("invoice_id"), List.of(
			required("invoice_id", "the invoice's id in your accounting system"),
			required("type", "ACCREC (sales invoice) | ACCPAY (bill)"),
			optional("invoice_number", "the number people use"), optional("reference", "free-text reference"),
			optional("contact_id", "the customer's or supplier's id; default: contact_name"),
			required("contact_name", "the customer's or supplier's name"),
			required("issue_date", "ISO date, e.g. 2026-03-01"), optional("due_date", "ISO date payment is due"),
			optional("status", "draft | submitted | authorised | paid | voided | deleted; default: authorised"),
			required("currency", "ISO-4217 code, e.g. GBP"),
			required("sub_total", "total excluding tax, decimal point"), optional("total_tax", "tax; default: 0"),
			optional("total", "total including tax; default: sub_total + total_tax"),
			optional("amount_paid", "paid so far; default: 0"),
			optional("amount_credited", "settled by credit notes; default: 0"),
			optional("amount_due", "still to be paid; default: total - amount_paid - amount_credited"),
			optional("fully_paid_on", "ISO date the invoice was fully paid"),
			optional("updated_at", "when the invoice last changed, ISO date-time; default: the upload time")),
			"INV-0042,ACCREC,INV-0042,March wholesale,CUST-7,The Harbour Bar,2026-03-01,2026-03-31,authorised,GBP,500.00,100.00,600.00,0.00,0.00,600.00,,");

	private final String id;

	private final boolean hasLines;

	private final List<String> keyColumns;

	private final List<TemplateColumn> columns;

	private final String example;

	UploadKind(String id, boolean hasLines, List<String> keyColumns, List<TemplateColumn> columns, String example) {
		this.id = id;
		this.hasLines = hasLines;
		this.keyColumns = keyColumns;
		this.columns = columns;
		this.example = example;
	}

	/** The kind's name in the API, e.g. {@code purchase-orders}. */
	public String id() {
		return this.id;
	}

	/** The ingestion stream records of this kind belong to. */
	public String stream() {
		return this.id;
	}

	/** Whether several rows (lines) may share one record key. */
	boolean hasLines() {
		return this.hasLines;
	}

	/** Columns whose values together identify one record. */
	List<String> keyColumns() {
		return this.keyColumns;
	}

	/** The template's columns in template order. */
	public List<TemplateColumn> columns() {
		return this.columns;
	}

	/** One example data row of the template, in template column order. */
	String example() {
		return this.example;
	}

	/**
	 * Reads a kind from its API name.
	 * @throws IllegalArgumentException naming the known kinds
	 */
	public static UploadKind fromId(String id) {
		for (UploadKind kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("kind must be one of " + ids() + " but was '" + id + "'");
	}

	/** The kinds' API names, comma-separated. */
	public static String ids() {
		return Arrays.stream(values()).map(UploadKind::id).collect(Collectors.joining(", "));
	}

}
