package io.sentia.integrations.credential;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.sentia.integrations.connector.Secrets;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import io.sentia.testkit.Infrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code rewrap-on-startup}, a start under a new key moves every data key to it;
 * without, nothing runs. And the prod profile refuses the development key at start-up.
 */
class CredentialRewrapOnStartupTests {

	private static final String OLD = Base64.getEncoder().encodeToString(filled(11));

	private static final String NEW = Base64.getEncoder().encodeToString(filled(12));

	@Test
	void reWrapsEveryDataKeyAtStartWhenAskedTo() throws Exception {
		JdbcClient jdbc = database();
		UUID connection = UUID.randomUUID();
		jdbc.sql("INSERT INTO connection (id, tenant_id, provider, display_name) VALUES (?, 't', 'xero', 'x')")
			.param(connection)
			.update();
		PlatformTransactionManager transactions = new DataSourceTransactionManager(this.dataSource);
		new EncryptedCredentialVault(jdbc, transactions,
				KeyEncryptionKeys.sealer(new CredentialProperties(OLD, null, null, null, false, false), false))
			.store(connection, new Secrets(Map.of("refreshToken", "r")));

		runner().withBean(JdbcClient.class, () -> jdbc)
			.withBean(PlatformTransactionManager.class, () -> transactions)
			.withPropertyValues("sentia.integrations.credentials.kek=" + NEW,
					"sentia.integrations.credentials.previous-kek=" + OLD,
					"sentia.integrations.credentials.rewrap-on-startup=true")
			.run((context) -> {
				for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
					runner.run(arguments());
				}
				assertThat(jdbc.sql("SELECT DISTINCT kek_id FROM connection_credential").query(String.class).list())
					.containsExactly(KeyEncryptionKey.of(filled(12)).id());
				assertThat(context.getBean(EncryptedCredentialVault.class).read(connection).get("refreshToken"))
					.isEqualTo("r");
			});
		runner().withBean(JdbcClient.class, () -> jdbc)
			.withBean(PlatformTransactionManager.class, () -> transactions)
			.withPropertyValues("sentia.integrations.credentials.kek=" + NEW)
			.run((context) -> assertThat(context.getBeansOfType(ApplicationRunner.class)).isEmpty());
		((AutoCloseable) this.dataSource).close();
	}

	@Test
	void theProdProfileRefusesTheDevelopmentKeyAtStartUp() {
		SimpleDriverDataSource unused = new SimpleDriverDataSource();

		runner().withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod"))
			.withBean(JdbcClient.class, () -> JdbcClient.create(unused))
			.withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(unused))
			.withPropertyValues("sentia.integrations.credentials.allow-development-kek=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("prod")
				.hasMessageContaining("SENTIA_INTEGRATIONS_KEK"));
	}

	private DataSource dataSource;

	private JdbcClient database() {
		String name = "rewrap_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Infrastructure.postgres().createDatabase(name);
		this.dataSource = DataSourceBuilder.create()
			.url(Infrastructure.postgres().jdbcUrl(name))
			.username(Infrastructure.postgres().username())
			.password(Infrastructure.postgres().password())
			.build();
		Flyway.configure().dataSource(this.dataSource).load().migrate();
		return JdbcClient.create(this.dataSource);
	}

	private static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(CredentialConfiguration.class);
	}

	private static ApplicationArguments arguments() {
		return new DefaultApplicationArguments();
	}

	private static byte[] filled(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

}
