package io.sentia.integrations.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.sentia.events.Topics;
import io.sentia.integrations.IntegrationsWebTest;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Uploads end to end on real PostgreSQL and Kafka: valid rows become outbox events,
 * invalid rows are quarantined with row, column and problem, and a file that cannot be
 * read imports nothing.
 */
@IntegrationsWebTest
class UploadControllerTests extends InfrastructureTests {

	static final String TENANT = "0a0a0a0a-0000-4000-8000-0000000f11e5";

	static final String OTHER_TENANT = "0a0a0a0a-0000-4000-8000-0000000f11e6";

	private static final String ORDERS_HEADER = "order_id,line_id,ordered_at,updated_at,status,channel,region,store,currency,sku,quantity,unit_price,line_total,order_total\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM uploads WHERE tenant_id IN (?, ?)").params(TENANT, OTHER_TENANT).update();
		this.jdbc.sql("DELETE FROM outbox_event WHERE tenant_id IN (?, ?)").params(TENANT, OTHER_TENANT).update();
		for (String table : new String[] { "quarantined_record", "source_record" }) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id IN (?, ?)").params(TENANT, OTHER_TENANT).update();
		}
	}

	@Test
	void importsValidRowsOfTenThousandAndQuarantinesTheBadOnesWithReasons() throws Exception {
		StringBuilder csv = new StringBuilder(ORDERS_HEADER);
		List<Integer> badRows = new ArrayList<>();
		String[] mistakes = { ",1,x,21.50", ",1,1,\"1,50\"", "pounds", ",,1,21.50", "yesterday" };
		for (int i = 0; i < 10_000; i++) {
			String orderedAt = "2026-03-01T10:15:00Z";
			String currency = "GBP";
			String line = "," + "HH-" + (i % 50) + "," + (i % 5 + 1) + ",21.50";
			if (i % 270 == 13) {
				badRows.add(i + 2);
				String mistake = mistakes[badRows.size() % mistakes.length];
				if (mistake.equals("pounds")) {
					currency = "pounds";
				}
				else if (mistake.equals("yesterday")) {
					orderedAt = "yesterday";
				}
				else {
					line = mistake.replace(",1,x", ",HH-1,x").replace(",1,1,", ",HH-1,1,");
				}
			}
			csv.append("O-")
				.append(i)
				.append(",1,")
				.append(orderedAt)
				.append(",,open,shopify,UK,uk,")
				.append(currency)
				.append(line)
				.append(",,\n");
		}
		assertThat(badRows).hasSize(37);

		long started = System.nanoTime();
		JsonNode upload = upload("orders", new MockMultipartFile("file", "orders.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)), 201);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("10,000-row CSV upload took " + millis + " ms");

		assertThat(upload.get("rows").asInt()).isEqualTo(10_000);
		assertThat(upload.get("imported").asInt()).isEqualTo(9_963);
		assertThat(upload.get("quarantined").asInt()).isEqualTo(37);
		assertThat(upload.get("status").asString()).isEqualTo("imported_with_rejections");
		List<Integer> reportedRows = new ArrayList<>();
		upload.get("report").forEach((problem) -> reportedRows.add(problem.get("row").asInt()));
		assertThat(reportedRows).containsExactlyElementsOf(badRows);
		assertThat(upload.get("report").get(0).get("column").asString()).isNotBlank();
		assertThat(outboxEvents(Topics.COMMERCE_ORDERS)).isEqualTo(9_963);
		assertThat(this.jdbc.sql("SELECT reason FROM quarantined_record WHERE tenant_id = ? AND status = 'open'")
			.param(TENANT)
			.query(String.class)
			.list()).hasSize(37).allSatisfy((reason) -> assertThat(reason).startsWith("row "));
	}

	@Test
	void importsAnXlsxWorkbookAndQuarantinesItsBadRows() throws Exception {
		byte[] workbook = productsWorkbook(40, List.of(5, 17, 33));

		JsonNode upload = upload("products",
				new MockMultipartFile("file", "products.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, workbook),
				201);

		assertThat(upload.get("format").asString()).isEqualTo("xlsx");
		assertThat(upload.get("rows").asInt()).isEqualTo(40);
		assertThat(upload.get("imported").asInt()).isEqualTo(37);
		assertThat(upload.get("quarantined").asInt()).isEqualTo(3);
		List<String> report = new ArrayList<>();
		upload.get("report")
			.forEach((problem) -> report.add(problem.get("row").asInt() + " " + problem.get("column").asString()));
		assertThat(report).containsExactly("7 moq", "19 moq", "35 moq");
		assertThat(outboxEvents(Topics.CATALOG_PRODUCTS)).isEqualTo(37);
	}

	@Test
	void headerErrorImportsNothingAndNamesTheMissingColumn() throws Exception {
		MvcResult result = this.mvc.perform(multipart("/api/integrations/v1/uploads")
			.file(new MockMultipartFile("file", "orders.csv", "text/csv",
					"order,sku\n1,HH-1\n".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "orders")
			.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR)))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("required order_id", "nothing was imported");
		assertThat(outboxEvents(Topics.COMMERCE_ORDERS)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM uploads WHERE tenant_id = ?")
			.param(TENANT)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void readsAFileWithOtherHeadersThroughTheColumnMapping() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/integrations/v1/uploads")
				.file(new MockMultipartFile("file", "stock.csv", "text/csv",
						"Product code,Warehouse,Qty\nHH-GIN-LD-70,warehouse:MAIN,240\n"
							.getBytes(StandardCharsets.UTF_8)))
				.param("kind", "inventory")
				.param("mapping", "{\"sku\":\"Product code\",\"location\":\"Warehouse\",\"on_hand\":\"Qty\"}")
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		assertThat(this.jdbc.sql("SELECT event_key FROM outbox_event WHERE tenant_id = ? AND topic = ?")
			.params(TENANT, Topics.INVENTORY_LEVELS)
			.query(String.class)
			.list()).containsExactly(TENANT + ":warehouse:MAIN:HH-GIN-LD-70");
	}

	@Test
	void refusesAFileThatIsNotASpreadsheetWith415() throws Exception {
		MvcResult result = this.mvc.perform(multipart("/api/integrations/v1/uploads")
			.file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
					new byte[] { '%', 'P', 'D', 'F', 0, 1, 2 }))
			.param("kind", "invoices")
			.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR)))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(415);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
	}

	@Test
	void refusesAZipBombWorkbookWith422NamingTheLimitAndImportsNothing() throws Exception {
		byte[] bomb = ZipBombs.workbook(512L * 1024 * 1024);

		JsonNode problem = upload("products",
				new MockMultipartFile("file", "products.xlsx", "application/octet-stream", bomb), 422);

		assertThat(problem.get("limit").asString()).isEqualTo("sentia.integrations.uploads.min-inflate-ratio");
		assertThat(problem.get("detail").asString()).contains("zip bomb").contains("nothing was imported");
		assertThat(uploads()).isZero();
	}

	@Test
	void refusesACsvFileOverTheRowCapWith413NamingTheLimitAndImportsNothing() throws Exception {
		StringBuilder csv = new StringBuilder("sku,name\n");
		for (int i = 0; i <= 20_000; i++) {
			csv.append("HH-CAP-").append(i).append(",Capped\n");
		}

		JsonNode problem = upload("products", new MockMultipartFile("file", "products.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)), 413);

		assertThat(problem.get("limit").asString()).isEqualTo("sentia.integrations.uploads.max-rows");
		assertThat(problem.get("max").asInt()).isEqualTo(20_000);
		assertThat(problem.get("detail").asString()).contains("more than 20000 data rows");
		assertThat(uploads()).isZero();
		assertThat(outboxEvents(Topics.CATALOG_PRODUCTS)).isZero();
	}

	@Test
	void rejectsAnUnknownKindNamingTheKinds() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/integrations/v1/uploads").param("kind", "customers")
				.param("filename", "c.csv")
				.contentType("text/csv")
				.content("a,b\n1,2\n")
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("orders, products, inventory");
	}

	@Test
	void acceptsTheFileAsTheRawBodyAndShowsTheUploadToViewersOfTheTenantOnly() throws Exception {
		MvcResult posted = this.mvc
			.perform(post("/api/integrations/v1/uploads").param("kind", "inventory")
				.param("filename", "stock.csv")
				.contentType("text/csv")
				.content(UploadTemplate.of(UploadKind.INVENTORY).csv())
				.header("Authorization", TestTokens.bearer(TestTokens.partner(TENANT, "integrations.write"))))
			.andReturn();
		assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString()).isEqualTo(201);
		String id = this.json.readTree(posted.getResponse().getContentAsString()).get("id").asString();

		JsonNode listed = this.json.readTree(this.mvc
			.perform(get("/api/integrations/v1/uploads").header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		int otherTenant = this.mvc
			.perform(get("/api/integrations/v1/uploads/" + id).header("Authorization",
					TestTokens.bearer(TestTokens.user(OTHER_TENANT, Role.ADMIN))))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(listed).singleElement().satisfies((upload) -> {
			assertThat(upload.get("id").asString()).isEqualTo(id);
			assertThat(upload.get("source").asString()).isEqualTo("upload");
			assertThat(upload.get("imported").asInt()).isEqualTo(1);
		});
		assertThat(otherTenant).isEqualTo(404);
		assertThat(outboxEvents(Topics.INVENTORY_LEVELS)).isEqualTo(1);
	}

	@Test
	void servesEachKindsTemplate() throws Exception {
		JsonNode template = this.json.readTree(this.mvc
			.perform(get("/api/integrations/v1/uploads/templates/purchase-orders").header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(template.get("header").asString()).startsWith("purchase_order_id,order_number,supplier_name");
		assertThat(template.get("columns").get(0).get("required").asBoolean()).isTrue();
	}

	private JsonNode upload(String kind, MockMultipartFile file, int status) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/integrations/v1/uploads").file(file)
				.param("kind", kind)
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private long uploads() {
		return this.jdbc.sql("SELECT count(*) FROM uploads WHERE tenant_id = ?")
			.param(TENANT)
			.query(Long.class)
			.single();
	}

	private long outboxEvents(String topic) {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND topic = ?")
			.params(TENANT, topic)
			.query(Long.class)
			.single();
	}

	static byte[] productsWorkbook(int rows, List<Integer> badIndexes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "sentia-tests", "1.0");
		Worksheet sheet = workbook.newWorksheet("Products");
		String[] header = { "sku", "name", "currency", "unit_cost", "moq" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int i = 0; i < rows; i++) {
			sheet.value(i + 1, 0, "HH-P-" + i);
			sheet.value(i + 1, 1, "Product " + i);
			sheet.value(i + 1, 2, "GBP");
			sheet.value(i + 1, 3, new java.math.BigDecimal("7.85"));
			sheet.value(i + 1, 4, badIndexes.contains(i) ? 0 : 6);
		}
		workbook.finish();
		return out.toByteArray();
	}

}
