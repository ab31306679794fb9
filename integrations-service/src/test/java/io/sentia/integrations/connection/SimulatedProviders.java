package io.sentia.integrations.connection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.CredentialVault;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import io.sentia.integrations.connector.WebhookDelivery;
import io.sentia.integrations.connector.WebhookHandler;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A simulated Unleashed for tests of connections and the webhook inbox: its connector
 * requires an {@code apiKey} and accepts only {@link #GOOD_KEY}; its webhook handler
 * records deliveries and fails those whose topic says so. Highest precedence, so it
 * replaces a real Unleashed connector in the test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SimulatedProviders {

	/** The one API key the simulated provider accepts. */
	public static final String GOOD_KEY = "simulated-good-api-key-4711";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SimulatedConnector simulatedConnector(CredentialVault vault) {
		return new SimulatedConnector(vault);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SimulatedWebhookHandler simulatedWebhookHandler() {
		return new SimulatedWebhookHandler();
	}

	/** Checks the stored API key as the provider would. */
	public static class SimulatedConnector implements Connector {

		private final CredentialVault vault;

		SimulatedConnector(CredentialVault vault) {
			this.vault = vault;
		}

		@Override
		public Provider provider() {
			return Provider.UNLEASHED;
		}

		@Override
		public Set<String> requiredSecrets() {
			return Set.of("apiKey");
		}

		@Override
		public List<StreamDefinition> streams() {
			return List.of(StreamDefinition.windowed("products", java.time.Duration.ofMinutes(5),
					java.time.Duration.ZERO, java.time.Duration.ofDays(30)));
		}

		@Override
		public ConnectionCheck check(ConnectionSpec connection) {
			if (GOOD_KEY.equals(this.vault.read(connection.id()).get("apiKey"))) {
				return new ConnectionCheck(true, 200, "authenticated",
						Map.of("account", String.valueOf(connection.account())));
			}
			return new ConnectionCheck(false, 403, "the provider refused the API key", Map.of());
		}

		@Override
		public StreamReader reader(String stream) {
			// The simulated account has no products: every read is empty.
			return (request, sink) -> {
			};
		}

		@Override
		public RecordMapper mapper(String stream) {
			return (record, context) -> {
				throw new io.sentia.integrations.connector.RecordRejectedException(
						"the simulated provider's records never map");
			};
		}

	}

	/**
	 * Records each delivery it handles; a delivery whose topic is {@code fail/always}
	 * always fails, {@code fail/once} fails its first attempt.
	 */
	public static class SimulatedWebhookHandler implements WebhookHandler {

		private final List<String> handled = new CopyOnWriteArrayList<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		@Override
		public Provider provider() {
			return Provider.UNLEASHED;
		}

		@Override
		public void handle(WebhookDelivery delivery) {
			int attempt = this.attempts.computeIfAbsent(delivery.deliveryId(), (id) -> new AtomicInteger())
				.incrementAndGet();
			if (delivery.topic().equals("fail/always") || (delivery.topic().equals("fail/once") && attempt == 1)) {
				throw new IllegalStateException("simulated handler failure " + attempt);
			}
			this.handled.add(delivery.deliveryId());
		}

		/** Delivery ids handled successfully, once per success. */
		public List<String> handled() {
			return this.handled;
		}

		/** Attempts at a delivery id. */
		public int attempts(String deliveryId) {
			AtomicInteger count = this.attempts.get(deliveryId);
			return (count != null) ? count.get() : 0;
		}

	}

}
