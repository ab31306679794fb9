package io.sentia.forecasting.series;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sentia.forecasting.ForecastingServiceTests;
import io.sentia.servicekit.security.Role;
import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series read APIs' answers for bad input and missing runs, and synchronous batch
 * forecasts with their limits, over HTTP with real tokens.
 */
class SeriesApiTests extends ForecastingServiceTests {

	private static final String SERIES = "/api/forecasting/v1/series";

	private static final String BATCH = "/api/forecasting/v1/forecasts:batch";

	private final String viewer = TestTokens.user(newTenant(), Role.VIEWER);

	@Test
	void listingBeforeAnyRunIsEmptyAndNamesNoRun() throws Exception {
		HttpResponse<String> response = get(SERIES, this.viewer);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("runId").isNull()).isTrue();
		assertThat(json(response).get("series")).isEmpty();
	}

	@Test
	void aSeriesOfATenantWithoutRunsIsNotFound() throws Exception {
		HttpResponse<String> response = get(SERIES + "/WHISKY-12:shopify:UK/forecast", this.viewer);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get(SERIES + "/WHISKY-12:shopify:UK/accuracy", this.viewer).statusCode()).isEqualTo(404);
	}

	@Test
	void badFiltersAndKeysAreRefusedNamingTheParameter() throws Exception {
		assertInvalid(get(SERIES + "?band=excellent", this.viewer), 400, "band");
		assertInvalid(get(SERIES + "?level=warehouse", this.viewer), 400, "level");
		assertInvalid(get(SERIES + "?limit=0", this.viewer), 400, "limit");
		assertInvalid(get(SERIES + "/WHISKY-12:shopify/forecast", this.viewer), 400, "key");
	}

	@Test
	void aBatchIsForecastWithTheCliColumnsPerStep() throws Exception {
		List<Double> seasonal = new ArrayList<>();
		for (int t = 0; t < 48; t++) {
			seasonal.add(100 + 10 * Math.sin(2 * Math.PI * t / 12) + t);
		}
		String body = this.jsonMapper.writeValueAsString(Map.of("levels", List.of(80, 95), "series",
				List.of(Map.of("series_id", "monthly", "season_length", 12, "horizon", 6, "values", seasonal),
						Map.of("series_id", "short", "season_length", 1, "horizon", 2, "values", List.of(3, 4)))));

		HttpResponse<String> response = post(BATCH, this.viewer, body);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode forecasts = json(response).get("forecasts");
		assertThat(forecasts).hasSize(2);
		assertThat(forecasts.get(0).get("series_id").asString()).isEqualTo("monthly");
		JsonNode points = forecasts.get(0).get("points");
		assertThat(points).hasSize(6);
		for (JsonNode point : points) {
			assertThat(point.propertyNames()).containsExactly("h", "point", "lo80", "hi80", "lo95", "hi95");
			assertThat(point.get("lo95").asDouble()).isLessThanOrEqualTo(point.get("lo80").asDouble());
			assertThat(point.get("lo80").asDouble()).isLessThanOrEqualTo(point.get("point").asDouble());
			assertThat(point.get("point").asDouble()).isLessThanOrEqualTo(point.get("hi80").asDouble());
		}
		assertThat(forecasts.get(1).get("points")).hasSize(2);
	}

	@Test
	void badBatchInputIsRefusedNamingTheField() throws Exception {
		assertInvalid(post(BATCH, this.viewer, "{\"series\": []}"), 400, "series");
		assertInvalid(post(BATCH, this.viewer, """
				{"series": [{"series_id": "a", "season_length": 1, "horizon": 0, "values": [1, 2]}]}"""), 400,
				"series[0].horizon");
		assertInvalid(post(BATCH, this.viewer, """
				{"series": [{"series_id": "a", "season_length": 1, "horizon": 3, "values": [1, "x"]}]}"""), 400,
				"series[0].values[1]");
		assertInvalid(post(BATCH, this.viewer, """
				{"series": [{"series_id": "a", "season_length": 1, "horizon": 3, "values": [1, null]}]}"""), 400,
				"series[0].values[1]");
		assertInvalid(post(BATCH, this.viewer, """
				{"series": [{"series_id": "a", "season_length": 1, "horizon": 1, "values": [1]},
				            {"series_id": "a", "season_length": 1, "horizon": 1, "values": [2]}]}"""), 400,
				"series[1].series_id");
		assertInvalid(post(BATCH, this.viewer,
				"""
						{"model": "prophet", "series": [{"series_id": "a", "season_length": 1, "horizon": 1, "values": [1]}]}"""),
				400, "model");
		assertInvalid(post(BATCH, this.viewer,
				"""
						{"levels": [80, 100], "series": [{"series_id": "a", "season_length": 1, "horizon": 1, "values": [1]}]}"""),
				400, "levels[1]");
	}

	@Test
	void aNullOrNonObjectBatchBodyIsRefusedNamingTheBody() throws Exception {
		assertInvalid(post(BATCH, this.viewer, "null"), 400, "body");
		assertInvalid(post(BATCH, this.viewer, " null "), 400, "body");
		HttpResponse<String> array = post(BATCH, this.viewer, "[]");
		assertThat(array.statusCode()).as(array.body()).isEqualTo(400);
		assertThat(array.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void batchesBeyondTheLimitsAreTooLarge() throws Exception {
		StringBuilder many = new StringBuilder("{\"series\": [");
		for (int i = 0; i < 501; i++) {
			many.append(i > 0 ? "," : "")
				.append("{\"series_id\": \"s")
				.append(i)
				.append("\", \"season_length\": 1, \"horizon\": 1, \"values\": [1]}");
		}
		assertInvalid(post(BATCH, this.viewer, many.append("]}").toString()), 413, "series");

		StringBuilder long_ = new StringBuilder("{\"series\": [{\"series_id\": \"long\", \"season_length\": 1, ")
			.append("\"horizon\": 1, \"values\": [0");
		while (long_.length() < 4_300_000) {
			long_.append(",1.000000");
		}
		assertInvalid(post(BATCH, this.viewer, long_.append("]}]}").toString()), 413, "body");
	}

	private void assertInvalid(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
	}

}
