import io.sentia.auth.AuthServiceApplication;
import io.sentia.testkit.Infrastructure;
import io.sentia.testkit.PostgresServer;

import org.springframework.boot.SpringApplication;

/**
 * Runs auth-service alone for a benchmark, on the test kit's PostgreSQL and Kafka (found
 * through SENTIA_* variables, a Docker container or started in-process), with the demo
 * data and a fresh database. Arguments are passed to Spring Boot (e.g. --server.port=18081).
 */
public class AuthServer {

	public static void main(String[] args) {
		PostgresServer postgres = Infrastructure.postgres();
		String database = postgres.newDatabase("bench");
		System.setProperty("spring.datasource.url", postgres.jdbcUrl(database));
		System.setProperty("spring.datasource.username", postgres.username());
		System.setProperty("spring.datasource.password", postgres.password());
		System.setProperty("spring.kafka.bootstrap-servers", Infrastructure.kafka().bootstrapServers());
		System.setProperty("eureka.client.enabled", "false");
		System.setProperty("spring.cloud.discovery.enabled", "false");
		System.setProperty("spring.profiles.active", "demo");
		System.setProperty("sentia.auth.demo.enabled", "true");
		SpringApplication.run(AuthServiceApplication.class, args);
	}

}
