package io.sentia.devstack;

import java.util.Map;

/**
 * Servers the user runs themselves, named by the same {@code SENTIA_*} variables the
 * services and the test kit read. Anything not named is started by devstack.
 */
public record ExternalServers(String postgresHost, Integer postgresPort, String postgresUser, String postgresPassword,
		String kafkaBootstrapServers, String redisHost, Integer redisPort) {

	public static ExternalServers from(Map<String, String> env) {
		return new ExternalServers(env.get("SENTIA_POSTGRES_HOST"), intOrNull(env, "SENTIA_POSTGRES_PORT"),
				env.getOrDefault("SENTIA_POSTGRES_USER", "sentia"),
				env.getOrDefault("SENTIA_POSTGRES_PASSWORD", "sentia"), env.get("SENTIA_KAFKA_BOOTSTRAP_SERVERS"),
				env.get("SENTIA_REDIS_HOST"), intOrNull(env, "SENTIA_REDIS_PORT"));
	}

	public static ExternalServers none() {
		return new ExternalServers(null, null, "sentia", "sentia", null, null, null);
	}

	public boolean hasPostgres() {
		return this.postgresHost != null && !this.postgresHost.isBlank();
	}

	public boolean hasKafka() {
		return this.kafkaBootstrapServers != null && !this.kafkaBootstrapServers.isBlank();
	}

	public boolean hasRedis() {
		return this.redisHost != null && !this.redisHost.isBlank();
	}

	private static Integer intOrNull(Map<String, String> env, String name) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'");
		}
	}

}
