package io.sentia.servicekit.observability;

import java.net.http.HttpResponse;

import io.sentia.servicekit.testapp.Http;
import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SENTIA_LOG_FORMAT=json} a service logs one JSON object per line, carrying
 * the trace id a caller was given.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "SENTIA_LOG_FORMAT=json")
class JsonLogsTests extends ServiceKitTestSupport {

	@Test
	void logsJsonLinesCarryingTheTraceIdOfTheRequest(CapturedOutput output) {
		HttpResponse<String> response = http().get("/test/orders/boom");
		String traceId = Http.json(response).get("traceId").asString();

		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("Unexpected error answering /test/orders/boom"))
			.findFirst()
			.orElseThrow();
		JsonNode log = JsonMapper.builder().build().readTree(line);
		assertThat(log.at("/log/level").asString()).isEqualTo("ERROR");
		assertThat(log.at("/service/name").asString()).isEqualTo("service-kit-test");
		assertThat(log.get("traceId").asString()).isEqualTo(traceId);
		assertThat(log.get("spanId").asString()).matches("[0-9a-f]{16}");
	}

}
