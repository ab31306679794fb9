package io.sentia.servicekit.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON rules of the event contract.
 */
class JsonDefaultsTests {

	private final JsonMapper mapper = mapper();

	@Test
	void writesInstantsAsIsoStrings() {
		assertThat(this.mapper
			.writeValueAsString(new Stamped(Instant.parse("2026-01-31T12:00:00.5Z"), Duration.ofMinutes(90))))
			.isEqualTo("{\"at\":\"2026-01-31T12:00:00.500Z\",\"took\":\"PT1H30M\"}");
	}

	@Test
	void readsDecimalsExactly() {
		Map<String, Object> read = this.mapper.readValue("{\"amount\":12.30,\"rate\":0.1}", new TypeReference<>() {
		});

		assertThat(read.get("amount")).isEqualTo(new BigDecimal("12.30"));
		assertThat(read.get("rate")).isEqualTo(new BigDecimal("0.1"));
	}

	@Test
	void ignoresPropertiesANewerProducerAdded() {
		Stamped read = this.mapper.readValue("{\"at\":\"2026-01-31T12:00:00Z\",\"took\":\"PT1M\",\"addedInV2\":1}",
				Stamped.class);

		assertThat(read.at()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
	}

	private static JsonMapper mapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new JsonDefaults().customize(builder);
		return builder.build();
	}

	record Stamped(Instant at, Duration took) {

	}

}
