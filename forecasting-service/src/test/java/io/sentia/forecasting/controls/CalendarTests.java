package io.sentia.forecasting.controls;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.sentia.forecasting.series.SeriesReads;
import io.sentia.servicekit.errors.ErrorsConfiguration;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.InfrastructureTests;
import io.sentia.testkit.security.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The events calendar over HTTP: planned uplift multiplies the forecast of the weeks and
 * series an event covers and shows beside the baseline; bad events are refused naming the
 * field; viewers read but cannot write; another tenant's events are not found. (A web
 * slice: the controls' and series' controllers with the service kit's rules and problems
 * on a database of their own, a run stored straight into it; no Kafka, no run engine.)
 */
@WebMvcTest({ CalendarController.class, OverrideController.class })
@AutoConfigureJdbc
@Import({ ControlsConfiguration.class, SeriesReads.class, ErrorsConfiguration.class })
class CalendarTests extends InfrastructureTests {

	private static final String EVENTS = "/api/forecasting/v1/calendar/events";

	private static final String SERIES = "/api/forecasting/v1/series/WHISKY-12:shopify:UK";

	private final String tenant = newTenant();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper jsonMapper;

	private final String operator = TestTokens.user(this.tenant, Role.OPERATOR);

	private final String viewer = TestTokens.user(this.tenant, Role.VIEWER);

	@BeforeEach
	void storeARun() {
		StoredRunFixture.write(this.jdbc, this.tenant, UUID.randomUUID());
	}

	@Test
	void aFutureEventMultipliesPointAndIntervalsOfTheSeriesItCovers() throws Exception {
		Reply created = post(EVENTS, this.operator, """
				{"name": "Black Friday", "from": "2026-11-23", "to": "2026-11-29", "skus": ["WHISKY-12"],
				 "channel": "shopify", "upliftPercent": 50}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		JsonNode week = json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(1);
		assertThat(week.get("baseline").asDouble()).isEqualTo(10.0);
		assertThat(week.get("eventUplift").asDouble()).isCloseTo(5.0, within(1e-9));
		assertThat(week.get("point").asDouble()).isCloseTo(15.0, within(1e-9));
		assertThat(week.get("interval95").get("lower").asDouble()).isCloseTo(6.0, within(1e-9));
		assertThat(week.get("interval95").get("upper").asDouble()).isCloseTo(24.0, within(1e-9));
		JsonNode before = json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(0);
		assertThat(before.get("point").asDouble()).as("the week before the event").isEqualTo(10.0);
		JsonNode amazon = json(get("/api/forecasting/v1/series/WHISKY-12:amazon:UK/forecast", this.viewer))
			.get("forecast")
			.get(1);
		assertThat(amazon.get("point").asDouble()).as("the event is for shopify only").isEqualTo(15.0);
		JsonNode sku = json(get("/api/forecasting/v1/series/WHISKY-12:all:all/forecast", this.viewer)).get("forecast")
			.get(1);
		assertThat(sku.get("point").asDouble()).as("the SKU moves by its series' uplift").isCloseTo(30.0, within(1e-9));
	}

	@Test
	void anEventCoveringPartOfAWeekAddsItsShareAndAnOverrideStillWins() throws Exception {
		post(EVENTS, this.operator, """
				{"name": "Weekend tasting", "from": "2026-11-28", "to": "2026-12-06", "upliftPercent": 70}""");

		JsonNode week = json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(1);
		assertThat(week.get("point").asDouble()).as("2 of 7 days at +70%")
			.isCloseTo(10 * (1 + 0.7 * 2 / 7), within(1e-9));

		put(SERIES + "/overrides/" + StoredRunFixture.WEEK, this.operator,
				"{\"quantity\": 40, \"reason\": \"agreed\"}");
		JsonNode overridden = json(get(SERIES + "/forecast", this.viewer)).get("forecast").get(1);
		assertThat(overridden.get("point").asDouble()).isEqualTo(40.0);
		assertThat(overridden.get("eventUplift").asDouble()).isCloseTo(2.0, within(1e-9));
	}

	@Test
	void eventsAreListedAndRemoved() throws Exception {
		String id = json(post(EVENTS, this.operator, """
				{"name": "Burns Night", "from": "2027-01-25", "to": "2027-01-25", "upliftPercent": 20}""")).get("id")
			.asString();

		JsonNode listed = json(get(EVENTS + "?from=2027-01-01&to=2027-01-31", this.viewer));
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("name").asString()).isEqualTo("Burns Night");
		assertThat(listed.get(0).get("skus").isNull()).as("every SKU").isTrue();
		assertThat(json(get(EVENTS + "?from=2027-02-01", this.viewer))).isEmpty();

		assertThat(delete(EVENTS + "/" + id, this.operator).statusCode()).isEqualTo(204);
		assertThat(json(get(EVENTS, this.viewer))).isEmpty();
		assertThat(delete(EVENTS + "/" + id, this.operator).statusCode()).as("removing again changes nothing")
			.isEqualTo(204);
		assertThat(delete(EVENTS + "/" + UUID.randomUUID(), this.operator).statusCode()).isEqualTo(404);
	}

	@Test
	void badEventsAreRefusedNamingTheField() throws Exception {
		assertInvalid(post(EVENTS, this.operator, "{\"from\": \"2027-01-01\", \"to\": \"2027-01-02\"}"), "name");
		assertInvalid(post(EVENTS, this.operator, "{\"name\": \"x\", \"to\": \"2027-01-02\"}"), "from");
		assertInvalid(
				post(EVENTS, this.operator, "{\"name\": \"x\", \"from\": \"2027-01-02\", \"to\": \"2027-01-01\"}"),
				"to");
		assertInvalid(
				post(EVENTS, this.operator,
						"{\"name\": \"x\", \"from\": \"2027-01-01\", \"to\": \"2027-01-02\", \"upliftPercent\": -100}"),
				"upliftPercent");
		assertInvalid(post(EVENTS, this.operator,
				"{\"name\": \"x\", \"from\": \"2027-01-01\", \"to\": \"2027-01-02\", \"skus\": [\"A\", \" \"]}"),
				"skus[1]");
		assertInvalid(get(EVENTS + "?from=tomorrow", this.viewer), "from");
	}

	@Test
	void viewersReadButCannotWriteAndOtherTenantsSeeNothing() throws Exception {
		String body = "{\"name\": \"x\", \"from\": \"2027-01-01\", \"to\": \"2027-01-02\"}";
		assertThat(post(EVENTS, this.viewer, body).statusCode()).isEqualTo(403);
		String id = json(post(EVENTS, this.operator, body)).get("id").asString();
		assertThat(delete(EVENTS + "/" + id, this.viewer).statusCode()).isEqualTo(403);

		String other = TestTokens.user(newTenant(), Role.MANAGER);
		assertThat(json(get(EVENTS, other))).isEmpty();
		assertThat(delete(EVENTS + "/" + id, other).statusCode()).isEqualTo(404);
		assertThat(json(get(EVENTS, this.viewer))).hasSize(1);
	}

	private static String newTenant() {
		return UUID.randomUUID().toString();
	}

	private Reply get(String path, String token) throws Exception {
		return send(MockMvcRequestBuilders.get(URI.create(path)), token, null);
	}

	private Reply post(String path, String token, String json) throws Exception {
		return send(MockMvcRequestBuilders.post(URI.create(path)), token, json);
	}

	private Reply put(String path, String token, String json) throws Exception {
		return send(MockMvcRequestBuilders.put(URI.create(path)), token, json);
	}

	private Reply delete(String path, String token) throws Exception {
		return send(MockMvcRequestBuilders.delete(URI.create(path)), token, null);
	}

	private Reply send(MockHttpServletRequestBuilder request, String token, @Nullable String json) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		return new Reply(response.getStatus(), response.getContentAsString(), response.getContentType());
	}

	private JsonNode json(Reply reply) {
		return this.jsonMapper.readTree(reply.body());
	}

	private void assertInvalid(Reply response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
	}

	/**
	 * What came back.
	 *
	 * @param statusCode the status
	 * @param body the body
	 * @param contentType the content type, if any
	 */
	private record Reply(int statusCode, String body, @Nullable String contentType) {
	}

}
