package io.sentia.analytics.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sentia.analytics.EventWire;
import io.sentia.events.BankTransactionRecorded;
import io.sentia.events.CashDirection;
import io.sentia.events.Contact;
import io.sentia.events.InvoiceType;
import io.sentia.events.InvoiceUpserted;
import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The CSV and XLSX downloads over a small ledger published as events, read back the way a
 * user's spreadsheet would: contact and region names that are formulas come back as text,
 * amounts as numbers, and another tenant's rows never appear.
 * <p>
 * The tenant reports in GBP. Orders on 15 January 2026: 200.00 from the region
 * {@code =HYPERLINK("http://evil")} and 100.00 from UK. Open sales invoices at 31
 * January: 120.50 owed by {@code =HYPERLINK("http://evil")} (due 20 January, 11 days
 * overdue), 80.00 by {@code @SUM(A1)} (due 10 February, current) and 10.00 by
 * {@code Comma, "Quoted" Ltd} (current); an open bill of 300.00 from
 * {@code -Minus Cooperage} due 10 February. Cash 1000.00 received on 10 January.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportTests extends InfrastructureTests {

	private static final String TENANT = "e4b07a00-0000-4000-8000-0000000000e1";

	private static final String OTHER_TENANT = "e4b07a00-0000-4000-8000-0000000000e2";

	private static final String EVIL = "=HYPERLINK(\"http://evil\")";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	private EventWire wire;

	@BeforeEach
	void publishTheLedgers() {
		this.wire = new EventWire(this.bootstrapServers, this.jsonMapper);
		if (count("SELECT count(*) FROM tenant WHERE tenant_id = ?", TENANT) > 0) {
			return;
		}
		tenant(TENANT, "Export Cellars");
		tenant(OTHER_TENANT, "Other Distillers");
		this.wire.publish(order(TENANT, "o-1", EVIL, "200.00"));
		this.wire.publish(order(TENANT, "o-2", "UK", "100.00"));
		this.wire.publish(order(OTHER_TENANT, "x-1", "OTHERLAND", "777.77"));
		this.wire
			.publish(invoice(TENANT, "R1", InvoiceType.ACCREC, new Contact("c-evil", EVIL), "2026-01-20", "120.50"));
		this.wire
			.publish(invoice(TENANT, "R2", InvoiceType.ACCREC, new Contact("c-at", "@SUM(A1)"), "2026-02-10", "80.00"));
		this.wire.publish(invoice(TENANT, "R3", InvoiceType.ACCREC, new Contact("c-comma", "Comma, \"Quoted\" Ltd"),
				"2026-02-10", "10.00"));
		this.wire.publish(invoice(TENANT, "B1", InvoiceType.ACCPAY, new Contact("s-1", "-Minus Cooperage"),
				"2026-02-10", "300.00"));
		this.wire.publish(invoice(OTHER_TENANT, "X1", InvoiceType.ACCREC, new Contact("c-x", "Other Secret Co"),
				"2026-01-20", "555.55"));
		this.wire.publish(bank(TENANT, "T1", "1000.00"));
		// From 10 February (the 300.00 bill, 90.00 of receivables) cash is 910.50: below
		// this minimum.
		this.jdbc.sql("""
				INSERT INTO cash_settings (tenant_id, minimum_cash, default_supplier_terms_days, supplier_terms,
				                           payout_plans, recurring_outflows, updated_at)
				VALUES (?, 1000.00, 30, '[]', '[]', '[]', now())
				""").param(TENANT).update();
		await().untilAsserted(() -> {
			assertThat(count("SELECT count(*) FROM invoice WHERE tenant_id = ?", TENANT)).isEqualTo(4);
			assertThat(count("SELECT count(*) FROM invoice WHERE tenant_id = ?", OTHER_TENANT)).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM order_revenue WHERE tenant_id = ?", TENANT)).isEqualTo(2);
			assertThat(count("SELECT count(*) FROM order_revenue WHERE tenant_id = ?", OTHER_TENANT)).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM bank_transaction WHERE tenant_id = ?", TENANT)).isEqualTo(1);
		});
	}

	@AfterEach
	void closeWire() {
		this.wire.close();
	}

	@Test
	void salesCsvIsRfc4180WithNumbersAsNumbersAndFormulaGroupsNeutralised() throws Exception {
		MockHttpServletResponse response = download(
				"/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&groupBy=region&format=csv", TENANT);

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"sales-2026-01-01-2026-01-31.csv\"");
		List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines.getFirst()).startsWith("Group,Revenue (GBP),Orders,Units,Average order value (GBP),");
		// The region is quoted (it holds quotes, doubled) and starts with a single quote.
		assertThat(lines).anySatisfy(
				(line) -> assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",200.00,1,2,200.00,"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("UK,100.00,1,1,100.00,"));
		assertThat(lines.getLast()).startsWith("Total,300.00,2,3,150.00,");
		assertThat(lines).noneSatisfy((line) -> assertThat(line).contains("777.77"));
	}

	@Test
	void salesXlsxParsesBackWithNumericAmountsAndTextFormulas() throws Exception {
		MockHttpServletResponse response = download(
				"/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&groupBy=region&format=xlsx", TENANT);

		assertThat(response.getContentType()).isEqualTo(XLSX);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"sales-2026-01-01-2026-01-31.xlsx\"");
		List<List<Cell>> rows = rows(response);
		assertThat(rows.getFirst().get(0).getStringCellValue()).isEqualTo("Group");
		assertThat(rows.getFirst().get(1).getStringCellValue()).isEqualTo("Revenue (GBP)");
		List<Cell> evil = rowStartingWith(rows, "'" + EVIL);
		assertThat(evil.get(0).getCellType()).isEqualTo(CellType.STRING);
		assertThat(evil.get(1).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(evil.get(1).getNumericCellValue()).isEqualTo(200.00);
		assertThat(evil.get(2).getNumericCellValue()).isEqualTo(1);
		assertThat(rowStartingWith(rows, "Total").get(1).getNumericCellValue()).isEqualTo(300.00);
		assertNoFormulas(rows);
	}

	@Test
	void ageingExportsNeutraliseContactNamesInCsvAndXlsx() throws Exception {
		MockHttpServletResponse csv = download("/api/analytics/v1/receivables/ageing/export?asOf=2026-01-31&format=csv",
				TENANT);
		assertThat(csv.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"receivables-ageing-2026-01-31.csv\"");
		List<String> lines = List.of(csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines.getFirst()).isEqualTo("Contact id,Contact,Current (GBP),1-30 days (GBP),31-60 days (GBP),"
				+ "61-90 days (GBP),Over 90 days (GBP),Total (GBP),Items");
		assertThat(lines).contains("c-evil,\"'=HYPERLINK(\"\"http://evil\"\")\",0.00,120.50,0.00,0.00,0.00,120.50,1",
				"c-at,'@SUM(A1),80.00,0.00,0.00,0.00,0.00,80.00,1",
				"c-comma,\"Comma, \"\"Quoted\"\" Ltd\",10.00,0.00,0.00,0.00,0.00,10.00,1",
				",Total,90.00,120.50,0.00,0.00,0.00,210.50,3");
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Other Secret Co");

		MockHttpServletResponse xlsx = download(
				"/api/analytics/v1/receivables/ageing/export?asOf=2026-01-31&format=xlsx", TENANT);
		List<List<Cell>> rows = rows(xlsx);
		assertThat(rowStartingWith(rows, "c-evil").get(1).getStringCellValue()).isEqualTo("'" + EVIL);
		assertThat(rowStartingWith(rows, "c-evil").get(3).getNumericCellValue()).isEqualTo(120.50);
		assertThat(rowStartingWith(rows, "c-at").get(1).getStringCellValue()).isEqualTo("'@SUM(A1)");
		assertNoFormulas(rows);

		MockHttpServletResponse payables = download(
				"/api/analytics/v1/payables/ageing/export?asOf=2026-01-31&format=xlsx", TENANT);
		assertThat(payables.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"payables-ageing-2026-01-31.xlsx\"");
		List<Cell> supplier = rowStartingWith(rows(payables), "s-1");
		assertThat(supplier.get(1).getStringCellValue()).isEqualTo("'-Minus Cooperage");
		assertThat(supplier.get(2).getNumericCellValue()).isEqualTo(300.00);
	}

	@Test
	void outlookExportHasThirteenChainedWeeksWithNegativeOutflowsAsNumbers() throws Exception {
		MockHttpServletResponse csv = download("/api/analytics/v1/cash/outlook/export?asOf=2026-02-02&format=csv",
				TENANT);
		assertThat(csv.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"cash-outlook-2026-02-02.csv\"");
		List<String> lines = List.of(csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines).hasSize(14);
		assertThat(lines.get(1)).startsWith("1,2026-02-02,2026-02-08,");

		List<List<Cell>> rows = rows(
				download("/api/analytics/v1/cash/outlook/export?asOf=2026-02-02&format=xlsx", TENANT));
		assertThat(rows).hasSize(14);
		for (int week = 1; week <= 13; week++) {
			List<Cell> row = rows.get(week);
			assertThat(row.get(0).getNumericCellValue()).isEqualTo(week);
			// Outflows (column 5) are zero or negative numbers, never neutralised text.
			assertThat(row.get(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.get(5).getNumericCellValue()).isLessThanOrEqualTo(0);
			double closing = row.get(3).getNumericCellValue() + row.get(4).getNumericCellValue()
					+ row.get(5).getNumericCellValue();
			assertThat(row.get(6).getNumericCellValue()).isCloseTo(closing,
					org.assertj.core.api.Assertions.within(0.005));
			if (week < 13) {
				assertThat(rows.get(week + 1).get(3).getNumericCellValue()).isEqualTo(row.get(6).getNumericCellValue());
			}
		}
		// The 300.00 bill due 10 February is an outflow of week 2 (9–15 February).
		assertThat(rows.get(2).get(5).getNumericCellValue()).isEqualTo(-300.00);
	}

	@Test
	void theExecutiveSummaryIsOnePdfPageWithTheKpisAndTheRisks() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/analytics/v1/summary.pdf?from=2026-01-01&to=2026-01-31&asOf=2026-02-02")
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"summary-2026-01-01-2026-01-31.pdf\"");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Executive summary", "Sales 2026-01-01 to 2026-01-31", "Revenue 300.00 GBP",
					"Orders 2", "Average order value 150.00 GBP", "Closing cash balance, next 13 weeks", "W1", "W13");
			// Week 1: 1000.00 + R1's 120.50; week 2: + 80.00 + 10.00 − 300.00 = 910.50.
			assertThat(text)
				.contains("Week 2 (from 2026-02-09): lowest 910.50 GBP on 2026-02-10, below minimum cash "
						+ "1000.00 GBP", "Week 13 (from 2026-04-27)", "Scale from 0 to 1120.50")
				.doesNotContain("Week 1 (");
			// At 2 February R1 (120.50, due 20 January) is overdue; R2 and R3 are not yet
			// due.
			assertThat(text).contains("Overdue from =HYPERLINK(\"http://evil\"): 120.50 GBP")
				.doesNotContain("Overdue from @SUM(A1)")
				.doesNotContain("Other Secret Co");
		}
		assertProblem("/api/analytics/v1/summary.pdf?from=2026-02-01&to=2026-01-31", "from");
	}

	@Test
	void anUnknownFormatOrABadRangeIsAProblemNamingTheParameter() throws Exception {
		assertProblem("/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&format=pdf", "format");
		assertProblem("/api/analytics/v1/receivables/ageing/export?asOf=2026-01-31&format=ods", "format");
		assertProblem("/api/analytics/v1/payables/ageing/export?format=", "format");
		assertProblem("/api/analytics/v1/cash/outlook/export?format=json", "format");
		assertProblem("/api/analytics/v1/sales/export?from=2026-02-01&to=2026-01-31&format=csv", "from");
		assertProblem("/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&groupBy=planet&format=csv",
				"groupBy");
	}

	@Test
	void aViewerAndAPartnerMayExportAndAnotherTenantSeesOnlyItsOwnRows() throws Exception {
		String uri = "/api/analytics/v1/receivables/ageing/export?asOf=2026-01-31&format=csv";
		MockHttpServletResponse other = download(uri, OTHER_TENANT);
		assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("Other Secret Co")
			.doesNotContain("HYPERLINK")
			.doesNotContain("SUM(A1)")
			.doesNotContain("120.50");

		MvcResult partner = this.mvc
			.perform(get(uri).header("Authorization", TestTokens.bearer(TestTokens.partner(TENANT, "analytics.read"))))
			.andReturn();
		assertThat(partner.getResponse().getStatus()).isEqualTo(200);
		partner.getAsyncResult(10_000);
		assertThat(partner.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("c-evil");

		MockHttpServletResponse sales = download(
				"/api/analytics/v1/sales/export?from=2026-01-01&to=2026-01-31&groupBy=region&format=csv", OTHER_TENANT);
		assertThat(sales.getContentAsString(StandardCharsets.UTF_8)).contains("OTHERLAND,777.77")
			.doesNotContain("HYPERLINK")
			.doesNotContain("UK,");
	}

	private MockHttpServletResponse download(String uri, String tenant) throws Exception {
		MvcResult result = this.mvc
			.perform(get(uri).header("Authorization", TestTokens.bearer(TestTokens.user(tenant, Role.VIEWER))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		// The body is streamed after the handler returns: wait until it is written.
		result.getAsyncResult(10_000);
		return result.getResponse();
	}

	private void assertProblem(String uri, String parameter) throws Exception {
		MvcResult result = this.mvc
			.perform(get(uri).header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).as(uri).isEqualTo("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).as(uri).contains("\"" + parameter + "\"");
	}

	private static List<List<Cell>> rows(MockHttpServletResponse response) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			List<List<Cell>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<Cell> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private static List<Cell> rowStartingWith(List<List<Cell>> rows, String first) {
		return rows.stream()
			.filter((row) -> row.getFirst().getCellType() == CellType.STRING
					&& row.getFirst().getStringCellValue().equals(first))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row starts with " + first));
	}

	private static void assertNoFormulas(List<List<Cell>> rows) {
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
					assertThat(cell.getStringCellValue().charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
				}
			}
		}
	}

	private void tenant(String tenant, String name) {
		this.jdbc.sql("""
				INSERT INTO tenant (tenant_id, name, slug, base_currency, time_zone, status, updated_at)
				VALUES (?, ?, ?, 'GBP', 'Europe/London', 'active', now())
				""").params(tenant, name, "t-" + tenant).update();
	}

	private int count(String sql, String tenant) {
		return this.jdbc.sql(sql).param(tenant).query(Integer.class).single();
	}

	private static OrderUpserted order(String tenant, String id, String region, String total) {
		Instant ordered = Instant.parse("2026-01-15T10:00:00Z");
		BigDecimal amount = new BigDecimal(total);
		int units = region.equals("UK") ? 1 : 2;
		return new OrderUpserted(tenant, id, "shopify", "shopify", region, "store", "fulfilled", ordered, ordered,
				"GBP", List.of(new OrderLine(id + "-A", "A", units,
						money(amount.divide(BigDecimal.valueOf(units)).toPlainString()), money(total))),
				money(total));
	}

	private static InvoiceUpserted invoice(String tenant, String id, InvoiceType type, Contact contact, String due,
			String amount) {
		return new InvoiceUpserted(tenant, id, "xero", type, id, null, contact, LocalDate.parse("2026-01-05"),
				LocalDate.parse(due), "authorised", "GBP", money(amount), money("0.00"), money(amount), money("0.00"),
				money("0.00"), money(amount), null, Instant.parse("2026-01-06T00:00:00Z"));
	}

	private static BankTransactionRecorded bank(String tenant, String id, String amount) {
		return new BankTransactionRecorded(tenant, id, "xero",
				new BankTransactionRecorded.BankAccount("bank-1", "090", "Current account"), CashDirection.IN,
				"RECEIVE", null, LocalDate.parse("2026-01-10"), money(amount), null, "authorised", true,
				Instant.parse("2026-01-10T00:00:00Z"));
	}

	private static Money money(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

}
