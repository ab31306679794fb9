package io.sentia.devstack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExternalServersTests {

	@Test
	void startsEverythingItselfWhenNoServerIsNamed() {
		ExternalServers servers = ExternalServers.from(Map.of());

		assertThat(servers.hasPostgres()).isFalse();
		assertThat(servers.hasKafka()).isFalse();
		assertThat(servers.hasRedis()).isFalse();
	}

	@Test
	void usesTheServersTheEnvironmentNames() {
		ExternalServers servers = ExternalServers.from(Map.of("SENTIA_POSTGRES_HOST", "db.internal",
				"SENTIA_POSTGRES_PORT", "6432", "SENTIA_POSTGRES_USER", "ops", "SENTIA_KAFKA_BOOTSTRAP_SERVERS",
				"k1:9092,k2:9092", "SENTIA_REDIS_HOST", "cache", "SENTIA_REDIS_PORT", "6380"));

		assertThat(servers.hasPostgres()).isTrue();
		assertThat(servers.postgresPort()).isEqualTo(6432);
		assertThat(servers.postgresUser()).isEqualTo("ops");
		assertThat(servers.postgresPassword()).isEqualTo("sentia");
		assertThat(servers.kafkaBootstrapServers()).isEqualTo("k1:9092,k2:9092");
		assertThat(servers.redisPort()).isEqualTo(6380);
	}

	@Test
	void blankVariablesCountAsUnset() {
		ExternalServers servers = ExternalServers
			.from(Map.of("SENTIA_POSTGRES_HOST", " ", "SENTIA_KAFKA_BOOTSTRAP_SERVERS", ""));

		assertThat(servers.hasPostgres()).isFalse();
		assertThat(servers.hasKafka()).isFalse();
	}

	@Test
	void rejectsAPortThatIsNotANumberNamingTheVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalServers.from(Map.of("SENTIA_REDIS_PORT", "six")))
			.withMessageContaining("SENTIA_REDIS_PORT");
	}

}
