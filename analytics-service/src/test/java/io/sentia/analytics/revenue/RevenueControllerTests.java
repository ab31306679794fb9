package io.sentia.analytics.revenue;

import java.time.LocalDate;
import java.util.List;

import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The revenue endpoint answers bad input with problem+json naming the parameter, and asks
 * the read model only for good input, for the tenant of the caller's token. (A web slice:
 * {@code InfrastructureTests} only makes it trust the test tokens; it starts no server.)
 */
@WebMvcTest(RevenueController.class)
@Import(ErrorsConfiguration.class)
class RevenueControllerTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private OrderRevenueRepository repository;

	@Test
	void rejectsAFromThatIsNotAnIsoDate() throws Exception {
		assertInvalidParameter(revenue("from=2026-13-01&to=2026-12-31"), "from");
		assertInvalidParameter(revenue("from=31/01/2026&to=2026-12-31"), "from");
	}

	@Test
	void rejectsAMissingTo() throws Exception {
		assertInvalidParameter(revenue("from=2026-01-01"), "to")
			.andExpect(jsonPath("$.errors[0].message").value("is required"));
	}

	@Test
	void rejectsAFromAfterTo() throws Exception {
		assertInvalidParameter(revenue("from=2026-02-01&to=2026-01-31"), "from")
			.andExpect(jsonPath("$.errors[0].message").value("must not be after to"));
	}

	@Test
	void rejectsARangeOfMoreThanThreeYears() throws Exception {
		assertInvalidParameter(revenue("from=2023-01-01&to=2026-01-02"), "to")
			.andExpect(jsonPath("$.detail").value("Parameter 'to' must be at most 3 years after from."));
	}

	@Test
	void rejectsAnUnknownGroupBy() throws Exception {
		assertInvalidParameter(revenue("from=2026-01-01&to=2026-01-31&groupBy=sku"), "groupBy")
			.andExpect(jsonPath("$.errors[0].message").value("must be one of region, channel, day"));
		assertInvalidParameter(revenue("from=2026-01-01&to=2026-01-31&groupBy=REGION"), "groupBy");
		verifyNoInteractions(this.repository);
	}

	@Test
	void acceptsARangeOfExactlyThreeYears() throws Exception {
		given(this.repository.revenue(TENANT, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1),
				RevenueGrouping.REGION))
			.willReturn(new GroupedRevenue(List.of(), List.of()));
		revenue("from=2023-01-01&to=2026-01-01&groupBy=region").andExpect(status().isOk());
		verify(this.repository).revenue(TENANT, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1),
				RevenueGrouping.REGION);
	}

	@Test
	void groupsByDayByDefaultForTheCurrentTenantWithoutAddingCurrencies() throws Exception {
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 1, 31);
		given(this.repository.revenue(TENANT, from, to, RevenueGrouping.DAY)).willReturn(new GroupedRevenue(
				List.of(new RevenueReport.Row("2026-01-02", "GBP", "1234.50", 12),
						new RevenueReport.Row("2026-01-02", "USD", "99.00", 1)),
				List.of(new RevenueReport.Total("GBP", "1234.50", 12), new RevenueReport.Total("USD", "99.00", 1))));

		revenue("from=2026-01-01&to=2026-01-31").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.from").value("2026-01-01"))
			.andExpect(jsonPath("$.to").value("2026-01-31"))
			.andExpect(jsonPath("$.groupBy").value("day"))
			.andExpect(jsonPath("$.rows[0].key").value("2026-01-02"))
			.andExpect(jsonPath("$.rows[0].currency").value("GBP"))
			.andExpect(jsonPath("$.rows[0].revenue").value("1234.50"))
			.andExpect(jsonPath("$.rows[0].orders").value(12))
			.andExpect(jsonPath("$.rows[1].currency").value("USD"))
			.andExpect(jsonPath("$.totals.length()").value(2))
			.andExpect(jsonPath("$.totals[1].revenue").value("99.00"));
	}

	@Test
	void asksTheReadModelForTheTenantOfThePartnersToken() throws Exception {
		String partnerTenant = "0b7e2c55-6f0e-4a51-9d0e-8c3f1f6f2a10";
		given(this.repository.revenue(partnerTenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
				RevenueGrouping.CHANNEL))
			.willReturn(new GroupedRevenue(List.of(), List.of()));

		this.mvc
			.perform(get("/api/analytics/v1/revenue?from=2026-01-01&to=2026-01-31&groupBy=channel&tenantId=" + TENANT)
				.header("Authorization", TestTokens.bearer(TestTokens.partner(partnerTenant, "analytics.read"))))
			.andExpect(status().isOk());
		verify(this.repository).revenue(partnerTenant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
				RevenueGrouping.CHANNEL);
	}

	@Test
	void answersAParameterItChecksInTheShapeSpringAnswersAMalformedOne() throws Exception {
		String checked = assertInvalidParameter(revenue("from=2026-02-01&to=2026-01-31"), "from").andReturn()
			.getResponse()
			.getContentAsString();
		String malformed = assertInvalidParameter(revenue("from=2026-13-01&to=2026-01-31"), "from").andReturn()
			.getResponse()
			.getContentAsString();

		for (String body : List.of(checked, malformed)) {
			assertThat(JSON.readTree(body).propertyNames()).as(body)
				.containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
			assertThat(JSON.readTree(body).get("errors").get(0).propertyNames()).containsExactly("field", "message");
		}
	}

	@Test
	void refusesARequestWithoutATokenBeforeReadingAnything() throws Exception {
		this.mvc.perform(get("/api/analytics/v1/revenue?from=2026-01-01&to=2026-01-31"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.repository);
	}

	private ResultActions revenue(String query) throws Exception {
		return this.mvc.perform(get("/api/analytics/v1/revenue?" + query).header("Authorization",
				TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))));
	}

	private ResultActions assertInvalidParameter(ResultActions result, String parameter) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://sentia.io/problems/invalid-parameter"))
			.andExpect(jsonPath("$.title").value("Invalid request parameter"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(parameter));
	}

}
