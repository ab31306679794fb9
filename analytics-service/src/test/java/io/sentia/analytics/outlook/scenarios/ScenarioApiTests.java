package io.sentia.analytics.outlook.scenarios;

import java.time.LocalDate;

import io.sentia.analytics.EventWire;
import io.sentia.analytics.outlook.OutlookLedger;
import io.sentia.events.CashDirection;
import io.sentia.events.InvoiceType;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Scenarios through their endpoints: evaluated side by side with the base case, a no-op
 * scenario equal to it, malformed ones named field by field, and saved ones a MANAGER
 * names, renames and deletes while every user reads them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioApiTests extends InfrastructureTests {

	private static final String TENANT = "5ce0a210-0000-4000-8000-000000000001";

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

	private static final String EVALUATE = "/api/analytics/v1/cash/scenarios:evaluate?asOf=" + AS_OF;

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
	void publishALedgerWithSales() {
		this.wire = new EventWire(this.bootstrapServers, this.jsonMapper);
		if (this.jdbc.sql("SELECT count(*) FROM tenant WHERE tenant_id = ?")
			.param(TENANT)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		new OutlookLedger(this.wire, TENANT).tenant("GBP")
			.bank("B1", CashDirection.IN, "5000.00", "GBP", AS_OF.minusDays(3))
			.invoice(InvoiceType.ACCREC, "INV-1", "c-1", AS_OF.minusDays(20), AS_OF.plusDays(10), "700.00", "700.00",
					"GBP")
			.invoice(InvoiceType.ACCPAY, "BILL-1", "s-1", AS_OF.minusDays(20), AS_OF.plusDays(4), "300.00", "300.00",
					"GBP")
			.recommendation("REC-1", "GIN-70", AS_OF.plusDays(10), "400.00")
			.product("GIN-70", "20.00")
			.forecast("GIN-70", "shopify", AS_OF, 14, 21, 7, 28);
		await().untilAsserted(() -> assertThat(this.jdbc
			.sql("SELECT (SELECT count(*) FROM tenant WHERE tenant_id = :t) + (SELECT count(*) FROM forecast "
					+ "WHERE tenant_id = :t) + (SELECT count(*) FROM reorder_recommendation WHERE tenant_id = :t) + "
					+ "(SELECT count(*) FROM invoice WHERE tenant_id = :t) + (SELECT count(*) FROM product "
					+ "WHERE tenant_id = :t) + (SELECT count(*) FROM bank_transaction WHERE tenant_id = :t)")
			.param("t", TENANT)
			.query(Integer.class)
			.single()).isEqualTo(7));
	}

	@AfterEach
	void closeWire() {
		this.wire.close();
	}

	@Test
	void aScenarioOfZeroPercentAnswersTheBaseCaseExactly() throws Exception {
		JsonNode answer = body(
				call(HttpMethod.POST, EVALUATE, Role.VIEWER,
						"{\"demandChangePercent\": 0, \"monthlyGrowthPercent\": 0, \"customersPayLaterDays\": 0}"),
				200);

		assertThat(answer.at("/outlook")).isEqualTo(answer.at("/base"));
		JsonNode base = body(call(HttpMethod.GET, "/api/analytics/v1/cash/outlook?asOf=" + AS_OF, Role.VIEWER, null),
				200);
		assertThat(answer.at("/base")).isEqualTo(base.at("/outlook"));
		assertThat(answer.at("/comparison/delta/closing").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void moreDemandRaisesInflowsAndDroppingTheSuggestionRaisesTheClosingSideBySide() throws Exception {
		JsonNode answer = body(call(HttpMethod.POST, EVALUATE, Role.VIEWER, """
				{"demandChangePercent": 10, "suggestedPurchaseChanges": [{"id": "REC-1", "action": "DROP"}]}
				"""), 200);

		assertThat(answer.at("/comparison/delta/inflows").decimalValue()).isPositive();
		// The suggestion (400.00, arriving in 10 days on net 30) is paid in week 6.
		assertThat(answer.at("/comparison/delta/outflows").decimalValue()).isEqualByComparingTo("400.00");
		assertThat(answer.at("/comparison/delta/closing").decimalValue()).isEqualByComparingTo(
				answer.at("/comparison/delta/inflows").decimalValue().add(new java.math.BigDecimal("400.00")));
		assertThat(answer.at("/comparison/weeks")).hasSize(13);
	}

	@Test
	void aMalformedScenarioIsABadRequestNamingEachField() throws Exception {
		MvcResult result = call(HttpMethod.POST, EVALUATE, Role.VIEWER, """
				{"demandChangePercent": 5000, "customersPayLaterDays": 999,
				 "suggestedPurchaseChanges": [{"id": "NOPE", "action": "DROP"}],
				 "extraLines": [{"label": "Loan", "date": "2027-01-01", "amount": -5, "direction": "IN"}]}
				""");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = this.jsonMapper.readTree(result.getResponse().getContentAsString());
		assertThat(problem.at("/errors").findValuesAsString("field")).containsExactlyInAnyOrder("demandChangePercent",
				"customersPayLaterDays", "suggestedPurchaseChanges[0].id", "extraLines[0].date",
				"extraLines[0].amount");
	}

	@Test
	void aManagerSavesRenamesAndDeletesScenariosThatViewersRead() throws Exception {
		MvcResult created = call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.MANAGER,
				"{\"name\": \"Slow summer\", \"scenario\": {\"demandChangePercent\": -20}}");
		JsonNode saved = body(created, 201);
		String id = saved.at("/id").asString();
		assertThat(created.getResponse().getHeader("Location")).endsWith("/scenarios/" + id);

		assertThat(body(call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.MANAGER,
				"{\"name\": \"Slow summer\", \"scenario\": {\"demandChangePercent\": -20}}"), 200)
			.at("/id")
			.asString()).isEqualTo(id);
		MvcResult duplicate = call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.MANAGER,
				"{\"name\": \"slow SUMMER\", \"scenario\": {\"demandChangePercent\": -30}}");
		assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
		assertThat(duplicate.getResponse().getContentAsString()).contains("\"field\":\"name\"");

		JsonNode outlook = body(call(HttpMethod.GET,
				"/api/analytics/v1/cash/scenarios/" + id + "/outlook?asOf=" + AS_OF, Role.VIEWER, null), 200);
		assertThat(outlook.at("/name").asString()).isEqualTo("Slow summer");
		assertThat(outlook.at("/comparison/delta/inflows").decimalValue()).isNegative();

		call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.MANAGER,
				"{\"name\": \"Other\", \"scenario\": {}}");
		assertThat(
				call(HttpMethod.PATCH, "/api/analytics/v1/cash/scenarios/" + id, Role.MANAGER, "{\"name\": \"Other\"}")
					.getResponse()
					.getStatus())
			.isEqualTo(409);
		assertThat(body(call(HttpMethod.PATCH, "/api/analytics/v1/cash/scenarios/" + id, Role.MANAGER,
				"{\"name\": \"Cold summer\"}"), 200)
			.at("/name")
			.asString()).isEqualTo("Cold summer");
		assertThat(body(call(HttpMethod.GET, "/api/analytics/v1/cash/scenarios", Role.VIEWER, null), 200)
			.findValuesAsString("name")).contains("Cold summer", "Other");

		assertThat(call(HttpMethod.DELETE, "/api/analytics/v1/cash/scenarios/" + id, Role.MANAGER, null).getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(call(HttpMethod.GET, "/api/analytics/v1/cash/scenarios/" + id, Role.VIEWER, null).getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aViewerMayEvaluateButNotSaveRenameOrDelete() throws Exception {
		assertThat(call(HttpMethod.POST, EVALUATE, Role.VIEWER, "{}").getResponse().getStatus()).isEqualTo(200);
		assertThat(call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.VIEWER,
				"{\"name\": \"Mine\", \"scenario\": {}}")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.OPERATOR,
				"{\"name\": \"Mine\", \"scenario\": {}}")
			.getResponse()
			.getStatus()).isEqualTo(403);
		String anyId = "/api/analytics/v1/cash/scenarios/00000000-0000-4000-8000-000000000001";
		assertThat(call(HttpMethod.PATCH, anyId, Role.VIEWER, "{\"name\": \"x\"}").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(call(HttpMethod.DELETE, anyId, Role.VIEWER, null).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aScenarioWithoutANameIsABadRequestNamingIt() throws Exception {
		MvcResult result = call(HttpMethod.POST, "/api/analytics/v1/cash/scenarios", Role.MANAGER,
				"{\"name\": \" \", \"scenario\": {\"demandChangePercent\": 2000}}");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jsonMapper.readTree(result.getResponse().getContentAsString())
			.at("/errors")
			.findValuesAsString("field")).containsExactlyInAnyOrder("name", "scenario.demandChangePercent");
	}

	private MvcResult call(HttpMethod method, String uri, Role role, String body) throws Exception {
		var builder = request(method, uri).header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, role)));
		if (body != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(builder).andReturn();
	}

	private JsonNode body(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return this.jsonMapper.readTree(result.getResponse().getContentAsString());
	}

}
