package io.sentia.forecasting.series;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.ProblemType;
import io.sentia.servicekit.security.Access;
import io.sentia.servicekit.security.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forecasts series sent in the request, synchronously: the engine as a service for
 * partners and tools that hold their own history. It reads and changes nothing of the
 * tenant, so reading access suffices; the size limits keep it from starving runs.
 */
@RestController
class BatchForecastController {

	static final String PATH = "/api/forecasting/v1/forecasts:batch";

	private final BatchForecaster forecaster;

	private final JsonMapper jsonMapper;

	private final BatchForecastProperties limits;

	BatchForecastController(BatchForecaster forecaster, JsonMapper jsonMapper, BatchForecastProperties limits) {
		this.forecaster = forecaster;
		this.jsonMapper = jsonMapper;
		this.limits = limits;
	}

	/**
	 * Reads the body itself, so a body over the size limit is refused with 413 before it
	 * is held in memory, whether or not it declares its length.
	 */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(role = Role.VIEWER, scopes = { "forecasts.read", "forecasts.write" })
	BatchForecastResponse forecast(HttpServletRequest http) throws IOException, InterruptedException {
		long declared = http.getContentLengthLong();
		if (declared > this.limits.maxBodyBytes()) {
			throw bodyTooLarge();
		}
		byte[] body;
		try (InputStream in = http.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.limits.maxBodyBytes() + 1));
		}
		if (body.length > this.limits.maxBodyBytes()) {
			throw bodyTooLarge();
		}
		if (body.length == 0) {
			throw new ApiProblemException(ProblemType.UNREADABLE_BODY, "A request body is required.");
		}
		BatchForecastRequest request;
		try {
			request = this.jsonMapper.readValue(body, BatchForecastRequest.class);
		}
		catch (JacksonException ex) {
			// As Spring's own body reading reports it, so the problem names the field.
			throw new HttpMessageNotReadableException("Unreadable batch request: " + ex.getOriginalMessage(), ex,
					new ServletServerHttpRequest(http));
		}
		if (request == null) {
			// The JSON literal null reads as no request at all.
			throw ApiProblemException.invalidField("body",
					"must be a batch object such as {\"series\": [...]}, not null");
		}
		return this.forecaster.forecast(request);
	}

	private ApiProblemException bodyTooLarge() {
		String message = "must be at most " + this.limits.maxBodyBytes() + " bytes; split the batch";
		return new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The request body " + message + ".")
			.withError("body", message);
	}

}
