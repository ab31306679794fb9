package io.sentia.integrations.upload;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.PurchaseOrderUpserted;
import io.sentia.events.SentiaEvent;
import io.sentia.integrations.connector.FixedMappingContext;
import io.sentia.integrations.connector.IngestSource;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Upload rows become canonical events field by field, and bad cells say where they are.
 */
class UploadRecordMapperTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

	private static final String ORDERS_HEADER = "order_id,line_id,ordered_at,updated_at,status,channel,region,store,currency,sku,quantity,unit_price,line_total,order_total\n";

	@Test
	void groupsOrderLinesIntoOneOrderEvent() {
		List<SentiaEvent> events = mapAll(UploadKind.ORDERS,
				ORDERS_HEADER + "1001,,2026-03-01T10:15:00+01:00,,fulfilled,shopify,UK,uk,GBP,HH-GIN-LD-70,2,21.50,,\n"
						+ "1001,,2026-03-01T10:15:00+01:00,,fulfilled,shopify,UK,uk,GBP,HH-RUM-SP-70,1,28.00,25.00,\n"
						+ "1002,A,2026-03-01,,cancelled,,UK,uk,GBP,HH-GIN-LD-70,1,21.50,,\n");

		assertThat(events).hasSize(2);
		OrderUpserted order = (OrderUpserted) events.get(0);
		assertThat(order.tenantId()).isEqualTo("tenant-1");
		assertThat(order.orderId()).isEqualTo("1001");
		assertThat(order.source()).isEqualTo("upload");
		assertThat(order.entityId()).isEqualTo("upload:uk:1001");
		assertThat(order.channel()).isEqualTo("shopify");
		assertThat(order.status()).isEqualTo("fulfilled");
		assertThat(order.orderedAt()).isEqualTo(Instant.parse("2026-03-01T09:15:00Z"));
		assertThat(order.updatedAt()).isEqualTo(order.orderedAt());
		assertThat(order.lines())
			.extracting((line) -> line.lineId() + " " + line.sku() + " " + line.quantity() + " "
					+ line.unitPrice().amount() + " " + line.lineTotal().amount())
			.containsExactly("1 HH-GIN-LD-70 2 21.50 43.00", "2 HH-RUM-SP-70 1 28.00 25.00");
		assertThat(order.total().amount()).isEqualByComparingTo("68.00");
		assertThat(order.total().amount().toPlainString()).isEqualTo("68.00");
		OrderUpserted cancelled = (OrderUpserted) events.get(1);
		assertThat(cancelled.channel()).isEqualTo("other");
		assertThat(cancelled.orderedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
		assertThat(cancelled.lines()).singleElement().satisfies((line) -> assertThat(line.lineId()).isEqualTo("A"));
		assertThat(cancelled.total().amount().toPlainString()).isEqualTo("0.00");
	}

	@Test
	void namesEveryBadCellOfAnOrderByRowAndColumn() {
		PreparedUpload upload = read(UploadKind.ORDERS,
				ORDERS_HEADER + "1001,,2026-03-01,,open,,UK,uk,GBP,HH-GIN-LD-70,two,21.50,,\n"
						+ "1001,,2026-03-01,,open,,UK,uk,GBP,,1,\"1,50\",,\n"
						+ "1003,,01/03/2026,,shipped,,UK,uk,gbp,HH-GIN-LD-70,1,21.50,,\n");

		assertThat(upload.mapper().problems(upload.records().get(0), context(UploadKind.ORDERS)))
			.extracting(RowProblem::toString)
			.containsExactly("row 2, column quantity: 'two' is not a whole number", "row 3, column sku: is required",
					"row 3, column unit_price: '1,50' is not a decimal number; use a decimal point and no thousands separator, e.g. 1234.50");
		assertThat(upload.mapper().problems(upload.records().get(1), context(UploadKind.ORDERS)))
			.extracting(RowProblem::column)
			.containsExactly("currency", "status", "ordered_at");
	}

	@Test
	void rejectsAnOrderWhoseLinesDisagreeOnTheCurrency() {
		PreparedUpload upload = read(UploadKind.ORDERS,
				ORDERS_HEADER + "1001,,2026-03-01,,open,,UK,uk,GBP,HH-GIN-LD-70,1,21.50,,\n"
						+ "1001,,2026-03-01,,open,,UK,uk,EUR,HH-RUM-SP-70,1,28.00,,\n");

		assertThat(upload.mapper().problems(upload.records().getFirst(), context(UploadKind.ORDERS))).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.row()).isEqualTo(3);
				assertThat(problem.column()).isEqualTo("currency");
				assertThat(problem.problem()).contains("same on every row");
			});
	}

	@Test
	void mapsAProductAndRejectsARepeatedSku() {
		String csv = "sku,name,currency,unit_cost,price,lead_time_days,moq,case_pack,supplier_code,supplier_name,active,updated_at\n"
				+ "HH-GIN-LD-70,London Dry Gin 70cl,GBP,7.85,21.50,21,6,6,GLASSCO,Glass & Co,false,\n"
				+ "HH-RUM-SP-70,Spiced Rum,,,,,,,,,,\n" + "HH-RUM-SP-70,Spiced Rum again,,,,,,,,,,\n";
		PreparedUpload upload = read(UploadKind.PRODUCTS, csv);

		ProductUpserted gin = (ProductUpserted) upload.mapper()
			.map(upload.records().get(0), context(UploadKind.PRODUCTS))
			.getFirst();
		assertThat(gin.unitCost().amount()).isEqualByComparingTo("7.85");
		assertThat(gin.price().currency()).isEqualTo("GBP");
		assertThat(gin.leadTimeDays()).isEqualTo(21);
		assertThat(gin.moq()).isEqualTo(6);
		assertThat(gin.supplier().supplierId()).isEqualTo("GLASSCO");
		assertThat(gin.active()).isFalse();
		assertThat(gin.updatedAt()).isEqualTo(RECEIVED);
		assertThat(upload.mapper().problems(upload.records().get(1), context(UploadKind.PRODUCTS)))
			.extracting(RowProblem::toString)
			.containsExactly("row 4: repeats sku of row 3; keep one row per sku");
	}

	@Test
	void mapsAStockLevelWithAvailableDefaultingToOnHandMinusReserved() {
		InventoryLevelChanged level = (InventoryLevelChanged) mapAll(UploadKind.INVENTORY,
				"sku,location,on_hand,reserved,location_type\nHH-GIN-LD-70,amazon-fba:UK,240,12,amazon_fba\n")
			.getFirst();

		assertThat(level.location().locationId()).isEqualTo("amazon-fba:UK");
		assertThat(level.location().name()).isEqualTo("amazon-fba:UK");
		assertThat(level.location().type()).isEqualTo(InventoryLevelChanged.LocationType.AMAZON_FBA);
		assertThat(level.onHand()).isEqualTo(240);
		assertThat(level.available()).isEqualTo(228);
		assertThat(level.inbound()).isZero();
		assertThat(level.asOf()).isEqualTo(RECEIVED);
	}

	@Test
	void mapsAPurchaseOrderWithItsLines() {
		PurchaseOrderUpserted order = (PurchaseOrderUpserted) mapAll(UploadKind.PURCHASE_ORDERS,
				"purchase_order_id,supplier_name,order_date,expected_date,currency,sku,quantity,unit_cost,received_quantity\n"
						+ "PO-31,Glass & Co,2026-03-01,2026-03-22,GBP,HH-GIN-LD-70,600,7.85,\n"
						+ "PO-31,Glass & Co,2026-03-01,2026-03-22,GBP,HH-RUM-SP-70,120,9.10,120\n")
			.getFirst();

		assertThat(order.entityId()).isEqualTo("upload:PO-31");
		assertThat(order.status()).isEqualTo("placed");
		assertThat(order.supplier().supplierId()).isEqualTo("Glass & Co");
		assertThat(order.lines()).extracting(PurchaseOrderUpserted.Line::receivedQuantity).containsExactly(0, 120);
		assertThat(order.total().amount()).isEqualByComparingTo("5802.00");
	}

	@Test
	void mapsAnInvoiceWithAmountDueDefaultingToTotalLessPayments() {
		InvoiceUpserted invoice = (InvoiceUpserted) mapAll(UploadKind.INVOICES,
				"invoice_id,type,contact_name,issue_date,currency,sub_total,total_tax,amount_paid\n"
						+ "INV-7,ACCPAY,Glass & Co,2026-03-01,GBP,500.00,100.00,250.00\n")
			.getFirst();

		assertThat(invoice.type()).isEqualTo(InvoiceType.ACCPAY);
		assertThat(invoice.contact().contactId()).isEqualTo("Glass & Co");
		assertThat(invoice.status()).isEqualTo("authorised");
		assertThat(invoice.total().amount().toPlainString()).isEqualTo("600.00");
		assertThat(invoice.amountDue().amount().toPlainString()).isEqualTo("350.00");
		assertThat(invoice.amountCredited().amount().toPlainString()).isEqualTo("0.00");
	}

	@Test
	void rejectsARecordWithAReasonNamingRowAndColumn() {
		PreparedUpload upload = read(UploadKind.INVOICES,
				"invoice_id,type,contact_name,issue_date,currency,sub_total\nINV-8,SALES,Bar,2026-03-01,GBP,-5\n");

		assertThatExceptionOfType(RowsRejectedException.class)
			.isThrownBy(() -> upload.mapper().map(upload.records().getFirst(), context(UploadKind.INVOICES)))
			.withMessage("row 2, column type: 'SALES' must be one of ACCREC | ACCPAY; "
					+ "row 2, column sub_total: must not be negative but was -5");
	}

	private static List<SentiaEvent> mapAll(UploadKind kind, String csv) {
		PreparedUpload upload = read(kind, csv);
		return upload.records()
			.stream()
			.flatMap((RawRecord record) -> upload.mapper().map(record, context(kind)).stream())
			.toList();
	}

	private static PreparedUpload read(UploadKind kind, String csv) {
		return PreparedUpload.read(kind, "file.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of(), RECEIVED);
	}

	private static FixedMappingContext context(UploadKind kind) {
		return FixedMappingContext
			.of(new IngestSource("tenant-1", Provider.UPLOAD, kind.id(), null, null, UUID.randomUUID()));
	}

}
