package io.sentia.forecasting.controls;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.sentia.forecasting.ForecastingServiceTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP helpers the controls' API tests share.
 */
abstract class ControlsApiTests extends ForecastingServiceTests {

	@Autowired
	protected JdbcClient jdbc;

	protected HttpResponse<String> delete(String path, String token) throws Exception {
		return this.http.send(request(path, token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
	}

	protected void assertInvalid(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
	}

}
