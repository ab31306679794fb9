package io.sentia.analytics.outlook.settings;

import java.util.ArrayList;
import java.util.List;

import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Cash settings through their endpoint: defaults until a MANAGER saves, every bad field
 * named in a 400, and only a MANAGER (or ADMIN) may write.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CashSettingsApiTests extends InfrastructureTests {

	private static final String TENANT = "5e771765-0000-4000-8000-000000000001";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void aTenantThatSavedNothingReadsTheDocumentedDefaults() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/analytics/v1/cash/settings").header("Authorization",
					TestTokens.bearer(TestTokens.user("5e771765-0000-4000-8000-0000000000d0", Role.VIEWER))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode answer = this.jsonMapper.readTree(result.getResponse().getContentAsString());
		assertThat(answer.at("/saved").asBoolean()).isFalse();
		assertThat(answer.at("/settings/minimumCash").decimalValue()).isEqualByComparingTo("0");
		assertThat(answer.at("/settings/defaultSupplierTermsDays").asInt()).isEqualTo(30);
		assertThat(answer.at("/payoutPlanDefaults/0").asString()).startsWith("amazon*: settlement every 14 days");
	}

	@Test
	void aManagerSavesSettingsThatEveryUserThenReads() throws Exception {
		MvcResult saved = save(Role.MANAGER, """
				{"minimumCash": 2500.50, "defaultSupplierTermsDays": 45,
				 "payoutPlans": [{"channel": "amazon-uk", "feeRate": 0.15, "schedule": {"kind": "settlement",
				   "anchor": "2026-11-30", "periodDays": 14, "payoutLagDays": 3, "reserveRate": 0.1,
				   "reserveHoldDays": 14}}],
				 "recurringOutflows": [{"name": "Loan", "kind": "LOAN", "amount": 750, "currency": "GBP",
				   "dayOfMonth": 28}]}
				""");
		assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);

		MvcResult read = this.mvc
			.perform(get("/api/analytics/v1/cash/settings").header("Authorization",
					TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))))
			.andReturn();
		JsonNode answer = this.jsonMapper.readTree(read.getResponse().getContentAsString());
		assertThat(answer.at("/saved").asBoolean()).isTrue();
		assertThat(answer.at("/settings/minimumCash").decimalValue()).isEqualByComparingTo("2500.50");
		assertThat(answer.at("/settings/defaultSupplierTermsDays").asInt()).isEqualTo(45);
		assertThat(answer.at("/settings/payoutPlans/0/schedule/kind").asString()).isEqualTo("settlement");
		assertThat(answer.at("/settings/payoutPlans/0/schedule/reserveRate").decimalValue())
			.isEqualByComparingTo("0.1");
		assertThat(answer.at("/settings/recurringOutflows/0/name").asString()).isEqualTo("Loan");
	}

	@Test
	void everyBadFieldIsNamedInOneBadRequest() throws Exception {
		MvcResult result = save(Role.MANAGER, """
				{"minimumCash": -1, "defaultSupplierTermsDays": 400,
				 "supplierTerms": [{"supplierId": "", "days": 10}],
				 "payoutPlans": [{"channel": "shopify", "feeRate": 1.5, "schedule": {"kind": "daily"}},
				                 {"channel": "shopify", "schedule": {"kind": "weekly"}}],
				 "recurringOutflows": [{"name": "Rent", "kind": "lease", "amount": 10.001, "currency": "XXY",
				                        "dayOfMonth": 32}]}
				""");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(fields(result)).containsExactlyInAnyOrder("minimumCash", "defaultSupplierTermsDays",
				"supplierTerms[0].supplierId", "payoutPlans[0].feeRate", "payoutPlans[0].schedule.lagDays",
				"payoutPlans[1].channel", "payoutPlans[1].schedule.kind", "recurringOutflows[0].kind",
				"recurringOutflows[0].amount", "recurringOutflows[0].currency", "recurringOutflows[0].dayOfMonth");
	}

	@Test
	void aSettlementPlanWithoutItsAnchorIsABadRequestNamingIt() throws Exception {
		MvcResult result = save(Role.MANAGER, """
				{"payoutPlans": [{"channel": "amazon", "schedule": {"kind": "settlement", "periodDays": 14,
				  "payoutLagDays": 3}}]}
				""");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(fields(result)).containsExactly("payoutPlans[0].schedule.anchor");
	}

	@Test
	void onlyAManagerOrAboveMayChangeTheSettings() throws Exception {
		assertThat(save(Role.VIEWER, "{\"minimumCash\": 1}").getResponse().getStatus()).isEqualTo(403);
		assertThat(save(Role.OPERATOR, "{\"minimumCash\": 1}").getResponse().getStatus()).isEqualTo(403);
		assertThat(save(Role.ADMIN, "{\"minimumCash\": 1}").getResponse().getStatus()).isEqualTo(200);
	}

	private MvcResult save(Role role, String body) throws Exception {
		return this.mvc
			.perform(put("/api/analytics/v1/cash/settings")
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, role)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
	}

	private List<String> fields(MvcResult result) throws Exception {
		List<String> fields = new ArrayList<>();
		this.jsonMapper.readTree(result.getResponse().getContentAsString())
			.at("/errors")
			.forEach((error) -> fields.add(error.at("/field").asString()));
		return fields;
	}

}
