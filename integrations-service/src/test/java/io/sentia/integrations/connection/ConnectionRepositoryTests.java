package io.sentia.integrations.connection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The directory schedulers and webhooks use sees active connections only, and a tenant
 * sees only its own. (A JDBC slice: the repository alone on the service's migrated
 * schema, each test rolled back.)
 */
@JdbcTest
class ConnectionRepositoryTests extends InfrastructureTests {

	@Autowired
	private ConnectionRepository connections;

	@Test
	void theDirectoryListsActiveConnectionsAndFindsThemByAccount() {
		String shop = UUID.randomUUID() + ".myshopify.com";
		Connection active = save("tenant-a", shop, ConnectionStatus.ACTIVE);
		Connection disabled = save("tenant-b", shop, ConnectionStatus.DISABLED);
		Connection deleted = save("tenant-c", shop, ConnectionStatus.DELETED);

		assertThat(this.connections.active()).extracting(ConnectionSpec::id)
			.contains(active.id())
			.doesNotContain(disabled.id(), deleted.id());
		assertThat(this.connections.findByAccount(Provider.SHOPIFY, shop)).extracting(ConnectionSpec::id)
			.containsExactly(active.id());
		assertThat(this.connections.find(disabled.id())).isPresent();
		assertThat(this.connections.find(deleted.id())).isEmpty();
		ConnectionSpec spec = this.connections.find(active.id()).orElseThrow();
		assertThat(spec.settings()).containsEntry("currency", "GBP");
		assertThat(spec.tenantId()).isEqualTo("tenant-a");
	}

	@Test
	void recordsTheAccountAnOAuthCallbackLearnt() {
		Connection connection = save("tenant-a", null, ConnectionStatus.ACTIVE);
		String xeroTenant = UUID.randomUUID().toString();

		this.connections.updateAccount(connection.id(), xeroTenant);

		assertThat(this.connections.findByAccount(Provider.SHOPIFY, xeroTenant)).extracting(ConnectionSpec::id)
			.containsExactly(connection.id());
	}

	@Test
	void aTenantSeesOnlyItsOwnConnections() {
		Connection mine = save("tenant-mine", null, ConnectionStatus.ACTIVE);
		Connection theirs = save("tenant-theirs", null, ConnectionStatus.ACTIVE);

		assertThat(this.connections.find("tenant-mine", theirs.id())).isEmpty();
		assertThat(this.connections.find("tenant-mine", mine.id())).isPresent();
		assertThat(this.connections.list("tenant-mine")).extracting(Connection::id).containsExactly(mine.id());
	}

	@Test
	void refusesASecondLiveConnectionToTheSameAccount() {
		String shop = UUID.randomUUID() + ".myshopify.com";
		save("tenant-dup", shop, ConnectionStatus.ACTIVE);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> save("tenant-dup", shop, ConnectionStatus.ACTIVE));
	}

	private Connection save(String tenant, String account, ConnectionStatus status) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Connection connection = new Connection(UUID.randomUUID(), tenant, Provider.SHOPIFY, account, "UK", "UK shop",
				Map.of("currency", "GBP"), status, now, now);
		this.connections.insert(connection);
		return connection;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Repository {

		@Bean
		ConnectionRepository connectionRepository(JdbcClient jdbc) {
			return new ConnectionRepository(jdbc, JsonMapper.builder().build());
		}

	}

}
