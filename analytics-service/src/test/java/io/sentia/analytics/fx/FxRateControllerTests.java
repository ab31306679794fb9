package io.sentia.analytics.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.sentia.analytics.cache.AnswerCache;
import io.sentia.analytics.cache.CacheArea;
import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rates endpoints: uploads as JSON or CSV stored for the caller's tenant as manual
 * rates, every bad row answered with problem+json naming its field before anything is
 * stored, and reads checked like every analytics range. (A web slice over the real upload
 * reader; the table is the repository's, tested on PostgreSQL elsewhere.)
 */
@WebMvcTest(FxRateController.class)
@Import({ ErrorsConfiguration.class, FxRateControllerTests.Upload.class })
class FxRateControllerTests extends InfrastructureTests {

	private static final String TENANT = "5e471a00-0000-4000-8000-000000000001";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FxRateRepository repository;

	@MockitoBean
	private AnswerCache cache;

	@Test
	void storesAJsonUploadAsManualRatesOfTheCallersTenant() throws Exception {
		given(this.repository.store(eq(TENANT), anyList(), any())).willReturn(2);

		upload(MediaType.APPLICATION_JSON, """
				[{"date": "2026-03-02", "base": "GBP", "quote": "USD", "rate": "1.2712"},
				 {"date": "2026-03-03", "base": "GBP", "quote": "EUR", "rate": 1.18740000001}]""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.from").value("2026-03-02"))
			.andExpect(jsonPath("$.to").value("2026-03-03"));

		verify(this.repository).store(eq(TENANT),
				eq(List.of(
						new FxRate("GBP", "USD", LocalDate.of(2026, 3, 2), new BigDecimal("1.2712"),
								FxRateSource.MANUAL),
						new FxRate("GBP", "EUR", LocalDate.of(2026, 3, 3), new BigDecimal("1.18740000001"),
								FxRateSource.MANUAL))),
				any());
		verify(this.cache).invalidate(TENANT, CacheArea.FX);
	}

	@Test
	void storesACsvUploadWithOrWithoutAHeader() throws Exception {
		given(this.repository.store(eq(TENANT), anyList(), any())).willReturn(1);

		upload(MediaType.parseMediaType("text/csv;charset=UTF-8"), """
				\uFEFFdate,base,quote,rate
				2026-03-02,GBP,USD,1.2712

				""").andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
		upload(MediaType.parseMediaType("text/csv"), "2026-03-02, GBP ,\"USD\",1.2712\r\n").andExpect(status().isOk());

		verify(this.repository, org.mockito.Mockito.times(2)).store(eq(TENANT), eq(List
			.of(new FxRate("GBP", "USD", LocalDate.of(2026, 3, 2), new BigDecimal("1.2712"), FxRateSource.MANUAL))),
				any());
	}

	@Test
	void namesEveryInvalidJsonFieldAndStoresNothing() throws Exception {
		upload(MediaType.APPLICATION_JSON, """
				[{"date": "2026-03-02", "base": "GBP", "quote": "USD", "rate": "1.2712"},
				 {"date": "2999-01-01", "base": "XYZ", "quote": "usd", "rate": "-1"},
				 {"date": "02/03/2026", "base": "GBP", "quote": "GBP", "rate": "one"},
				 {"base": "GBP", "quote": "USD"},
				 null,
				 {"date": "2026-03-02", "base": "GBP", "quote": "USD", "rate": "1.30"}]""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://sentia.io/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("[1].date", "[1].base", "[1].quote", "[1].rate", "[2].date",
						"[2].quote", "[2].rate", "[3].date", "[3].rate", "[4]", "[5].date")))
			.andExpect(jsonPath("$.errors[0].message").value("must not be in the future"))
			.andExpect(jsonPath("$.errors[1].message").value("must be an ISO 4217 currency code, e.g. GBP"))
			.andExpect(jsonPath("$.errors[3].message").value("must be above zero"))
			.andExpect(jsonPath("$.errors[5].message").value("must differ from base"))
			.andExpect(jsonPath("$.errors[10].message").value("repeats the GBP/USD rate of 2026-03-02 given at [0]"));
		verifyNoInteractions(this.repository);
	}

	@Test
	void namesTheCsvLineOfEachInvalidField() throws Exception {
		upload(MediaType.parseMediaType("text/csv"), """
				date,base,quote,rate
				2026-03-02,GBP,USD,1.2712
				2026-03-02,GBP,USD
				2026-03-02,GBP,EUR,0
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line[3]"))
			.andExpect(jsonPath("$.errors[0].message").value("must have four values: date,base,quote,rate"))
			.andExpect(jsonPath("$.errors[1].field").value("line[4].rate"));
		verifyNoInteractions(this.repository);
	}

	@Test
	void refusesABodyThatIsNoListOfRates() throws Exception {
		upload(MediaType.APPLICATION_JSON, "{\"date\": \"2026-03-02\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://sentia.io/problems/unreadable-body"));
		upload(MediaType.APPLICATION_JSON, "[{\"date\": ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://sentia.io/problems/unreadable-body"));
		upload(MediaType.APPLICATION_JSON, "[]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The upload holds no rate."));
		upload(MediaType.TEXT_PLAIN, "2026-03-02,GBP,USD,1.2712").andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.repository);
	}

	@Test
	void refusesMoreRatesThanOneUploadMayHold() throws Exception {
		StringBuilder csv = new StringBuilder();
		List<String> quotes = List.of("USD", "EUR", "JPY", "CHF", "SEK");
		for (int i = 0; i <= FxRateUpload.MAX_RATES; i++) {
			csv.append(LocalDate.of(2000, 1, 1).plusDays(i / quotes.size()))
				.append(",GBP,")
				.append(quotes.get(i % quotes.size()))
				.append(",1.25\n");
		}
		upload(MediaType.parseMediaType("text/csv"), csv.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("An upload holds at most 10000 rates."));
		verifyNoInteractions(this.repository);
	}

	@Test
	void onlyAManagerUploads() throws Exception {
		this.mvc
			.perform(put("/api/analytics/v1/fx-rates").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"date\": \"2026-03-02\", \"base\": \"GBP\", \"quote\": \"USD\", \"rate\": \"1.27\"}]")
				.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.OPERATOR))))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.repository);
	}

	@Test
	void readsTheRatesOfARangeOptionallyOfOneQuote() throws Exception {
		given(this.repository.rates(TENANT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "USD")).willReturn(List
			.of(new FxRate("GBP", "USD", LocalDate.of(2026, 3, 2), new BigDecimal("1.2712"), FxRateSource.ECB)));

		read("from=2026-03-01&to=2026-03-31&quote=USD").andExpect(status().isOk())
			.andExpect(jsonPath("$.quote").value("USD"))
			.andExpect(jsonPath("$.rates[0].date").value("2026-03-02"))
			.andExpect(jsonPath("$.rates[0].base").value("GBP"))
			.andExpect(jsonPath("$.rates[0].rate").value("1.2712"))
			.andExpect(jsonPath("$.rates[0].source").value("ecb"));
	}

	@Test
	void refusesAReadThatIsInvertedTooLongOrOfAnUnknownCurrency() throws Exception {
		read("from=2026-03-02&to=2026-03-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		read("from=2020-01-01&to=2025-01-02").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 5 years after from"));
		read("from=2026-03-01&to=2026-03-31&quote=XYZ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quote"));
		read("from=2026-03-01").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
		verifyNoInteractions(this.repository);
	}

	private ResultActions upload(MediaType type, String body) throws Exception {
		return this.mvc.perform(put("/api/analytics/v1/fx-rates").contentType(type)
			.content(body)
			.header("Authorization", TestTokens.bearer(TestTokens.user(TENANT, Role.MANAGER))));
	}

	private ResultActions read(String query) throws Exception {
		return this.mvc.perform(get("/api/analytics/v1/fx-rates?" + query).header("Authorization",
				TestTokens.bearer(TestTokens.user(TENANT, Role.VIEWER))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Upload {

		@Bean
		FxRateUpload fxRateUpload(JsonMapper jsonMapper) {
			return new FxRateUpload(jsonMapper);
		}

	}

}
