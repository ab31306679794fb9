package io.sentia.servicekit.observability;

import java.util.Map;

import io.sentia.servicekit.testapp.ServiceKitTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain-text logs (the development default) carry the trace and span id of the request
 * they were written for, as JSON logs do ({@link JsonLogsTests}).
 */
@ExtendWith(OutputCaptureExtension.class)
class LogCorrelationTests extends ServiceKitTestSupport {

	@Test
	void aPlainLogLineNamesTheTraceAndSpanOfItsRequest(CapturedOutput output) {
		String traceId = "5e471a000000000000000000000c0de1";

		http().get("/test/latency", "application/json",
				Map.of("traceparent", "00-" + traceId + "-5e471a0000000002-01"));

		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("Answering the latency probe"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(line).containsPattern("\\b" + traceId + "\\b[^\\n]*\\b[0-9a-f]{16}\\b")
			.doesNotContain("5e471a0000000002");
	}

}
