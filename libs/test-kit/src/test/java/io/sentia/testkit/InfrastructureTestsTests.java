package io.sentia.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.sentia.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = InfrastructureTestsTests.JdbcApplication.class)
class InfrastructureTestsTests extends InfrastructureTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Test
	void givesTheContextAWorkingDataSourceOnAFreshDatabase() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		String database = jdbc.queryForObject("select current_database()", String.class);

		assertThat(database).startsWith(DATABASE_PREFIX + "_");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
				Integer.class))
			.isZero();
	}

	@Test
	void pointsKafkaAndRedisPropertiesAtTheServersOfThisJvm() {
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(Infrastructure.kafka().bootstrapServers());
		assertThat(this.environment.getProperty("spring.data.redis.host")).isEqualTo(Infrastructure.redis().host());
		assertThat(this.environment.getProperty("spring.data.redis.port", Integer.class))
			.isEqualTo(Infrastructure.redis().port());
	}

	@Test
	void keepsTestsFromRegisteringWithEureka() {
		assertThat(this.environment.getProperty("eureka.client.enabled", Boolean.class)).isFalse();
		assertThat(this.environment.getProperty("spring.cloud.discovery.enabled", Boolean.class)).isFalse();
	}

	@Test
	void makesTheServiceTrustTheTestTokenIssuer() {
		assertThat(this.environment.getProperty("sentia.security.issuer")).isEqualTo(TestTokens.issuer());
		assertThat(this.environment.getProperty("sentia.security.jwk-set-uri"))
			.isEqualTo(TestTokens.issuer() + "/oauth2/jwks");
	}

	@Test
	void givesEachContextItsOwnDatabaseAndOneContextTheSameOneThroughout() {
		Map<String, Supplier<Object>> firstContext = new HashMap<>();
		Map<String, Supplier<Object>> secondContext = new HashMap<>();
		InfrastructureTests.sentiaTestInfrastructure(firstContext::put);
		InfrastructureTests.sentiaTestInfrastructure(secondContext::put);

		Object firstUrl = firstContext.get("spring.datasource.url").get();

		assertThat(firstContext.get("spring.datasource.url").get()).isEqualTo(firstUrl);
		assertThat(secondContext.get("spring.datasource.url").get()).isNotEqualTo(firstUrl);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class JdbcApplication {

	}

}
