package io.sentia.integrations.sync;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sentia.events.Money;
import io.sentia.events.OrderLine;
import io.sentia.events.OrderUpserted;
import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.PageSink;
import io.sentia.integrations.connector.Provider;
import io.sentia.integrations.connector.RawRecord;
import io.sentia.integrations.connector.ReadRequest;
import io.sentia.integrations.connector.RecordMapper;
import io.sentia.integrations.connector.StreamDefinition;
import io.sentia.integrations.connector.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A provider for sync-engine tests: orders kept in memory per account with provider
 * timestamps, read in pages of {@value #PAGE} in timestamp order within the requested
 * window, and able to crash part-way through a backfill the way a killed process stops.
 */
@TestConfiguration(proxyBeanMethods = false)
class GeneratedSource {

	static final int PAGE = 10;

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	Source generatedSourceConnector(JsonMapper json) {
		return new Source(json);
	}

	/** A record the simulated provider holds. */
	record ProviderOrder(String id, Instant updatedAt, String sku, int quantity) {
	}

	/**
	 * Thrown from inside a read to stop the run as a kill would: no failure is recorded.
	 */
	static final class SimulatedCrash extends Error {

		private static final long serialVersionUID = 1L;

		SimulatedCrash() {
			super("simulated kill");
		}

	}

	static final class Source implements Connector {

		private final JsonMapper json;

		final Map<String, List<ProviderOrder>> orders = new ConcurrentHashMap<>();

		final List<ReadRequest> reads = new CopyOnWriteArrayList<>();

		/** Crash after the first page of the read with this number (1-based); 0 never. */
		final AtomicInteger crashInRead = new AtomicInteger();

		volatile RuntimeException failure;

		Source(JsonMapper json) {
			this.json = json;
		}

		void reset() {
			this.orders.clear();
			this.reads.clear();
			this.crashInRead.set(0);
			this.failure = null;
		}

		@Override
		public Provider provider() {
			return Provider.AMAZON;
		}

		@Override
		public Set<String> requiredSecrets() {
			return Set.of();
		}

		@Override
		public List<StreamDefinition> streams() {
			return List.of(StreamDefinition.windowed("orders", Duration.ofHours(1), Duration.ZERO, Duration.ofDays(1)));
		}

		@Override
		public ConnectionCheck check(ConnectionSpec connection) {
			return new ConnectionCheck(true, 200, "ok", Map.of());
		}

		@Override
		public StreamReader reader(String stream) {
			return this::read;
		}

		private void read(ReadRequest request, PageSink sink) {
			this.reads.add(request);
			int readNumber = this.reads.size();
			if (this.failure != null) {
				throw this.failure;
			}
			List<ProviderOrder> matching = this.orders.getOrDefault(request.connection().account(), List.of())
				.stream()
				.filter((order) -> !order.updatedAt().isBefore(request.from())
						&& (request.to() == null || order.updatedAt().isBefore(request.to())))
				.sorted(Comparator.comparing(ProviderOrder::updatedAt))
				.toList();
			for (int start = 0; start < matching.size(); start += PAGE) {
				List<RawRecord> page = new ArrayList<>();
				for (ProviderOrder order : matching.subList(start, Math.min(matching.size(), start + PAGE))) {
					page.add(new RawRecord(order.id(), order.updatedAt(), this.json.writeValueAsString(order)));
				}
				sink.page(page, new PageSink.Progress((long) matching.size(), null, null));
				if (this.crashInRead.get() == readNumber) {
					throw new SimulatedCrash();
				}
			}
		}

		@Override
		public RecordMapper mapper(String stream) {
			return (record, context) -> {
				JsonNode order = this.json.readTree(record.json());
				String sku = context.sku(order.get("sku").asString(), "asin:" + order.get("id").asString());
				int quantity = order.get("quantity").asInt();
				Money price = new Money(new BigDecimal("20.00"), "GBP");
				Money total = new Money(new BigDecimal("20.00").multiply(BigDecimal.valueOf(quantity)), "GBP");
				Instant updated = Instant.parse(order.get("updatedAt").asString());
				return List.of(new OrderUpserted(context.source().tenantId(), order.get("id").asString(), "amazon",
						"amazon", "UK", context.source().account(), "open", updated, updated, "GBP",
						List.of(new OrderLine("1", sku, quantity, price, total)), total));
			};
		}

	}

}
