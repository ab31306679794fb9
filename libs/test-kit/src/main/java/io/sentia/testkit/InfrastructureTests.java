package io.sentia.testkit;

import java.util.function.Supplier;

import io.sentia.testkit.security.TestTokens;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.function.SingletonSupplier;

/**
 * Base class for Spring tests that need real PostgreSQL, Kafka and Redis; no
 * {@code @ServiceConnection}, no Docker and nothing started beforehand required. Add the
 * test annotation you need ({@code @SpringBootTest}, a slice) to the subclass.
 * <p>
 * Each Spring test context gets a fresh database of its own, created when the context
 * first reads {@code spring.datasource.url}. Test classes that Spring's context cache
 * lets share a context also share its database (they share its DataSource anyway);
 * classes whose configuration differs get different databases, so their Flyway histories
 * and data never meet. Servers start only when a context reads their properties: a web
 * slice starts none.
 * <p>
 * Properties set: {@code spring.datasource.url/username/password},
 * {@code spring.kafka.bootstrap-servers}, {@code spring.data.redis.host/port}; and, so
 * tests neither register anywhere nor swap the database for an embedded one,
 * {@code eureka.client.enabled=false}, {@code spring.cloud.discovery.enabled=false},
 * {@code spring.test.database.replace=none}; and {@code sentia.security.issuer} and
 * {@code sentia.security.jwk-set-uri} of {@link TestTokens}, so the service trusts test
 * tokens (and only them).
 */
public abstract class InfrastructureTests {

	/** Prefix of the database each test context gets. */
	public static final String DATABASE_PREFIX = "test";

	/**
	 * Spring calls this once for every context it builds (not for cached ones), so the
	 * memoized database below is one per context. Named uniquely so a subclass's own
	 * {@code @DynamicPropertySource} method cannot hide it.
	 * @param registry where the properties go
	 */
	@DynamicPropertySource
	static void sentiaTestInfrastructure(DynamicPropertyRegistry registry) {
		Supplier<String> database = SingletonSupplier.of(() -> Infrastructure.postgres().newDatabase(DATABASE_PREFIX));
		registry.add("spring.datasource.url", () -> Infrastructure.postgres().jdbcUrl(database.get()));
		registry.add("spring.datasource.username", () -> Infrastructure.postgres().username());
		registry.add("spring.datasource.password", () -> Infrastructure.postgres().password());
		registry.add("spring.test.database.replace", () -> "none");
		registry.add("spring.kafka.bootstrap-servers", () -> Infrastructure.kafka().bootstrapServers());
		registry.add("spring.data.redis.host", () -> Infrastructure.redis().host());
		registry.add("spring.data.redis.port", () -> Infrastructure.redis().port());
		registry.add("eureka.client.enabled", () -> false);
		registry.add("spring.cloud.discovery.enabled", () -> false);
		registry.add("sentia.security.issuer", TestTokens::issuer);
		registry.add("sentia.security.jwk-set-uri", TestTokens::jwkSetUri);
	}

}
