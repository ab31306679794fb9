package io.sentia.integrations.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;

import org.springframework.util.function.SingletonSupplier;

/**
 * The default demo dataset (default seed, two years to 2026-10-31), generated once per
 * test JVM because every shape test reads the same one.
 */
final class StandardDemoDataset {

	static final DemoDatasetSpec SPEC = new DemoDatasetSpec(DemoProperties.DEMO_TENANT_ID, 20261031L,
			LocalDate.of(2024, 10, 31), LocalDate.of(2026, 10, 31));

	private static final Supplier<DemoDataset> DATASET = SingletonSupplier
		.of(() -> DemoDatasetGenerator.generate(SPEC));

	private StandardDemoDataset() {
	}

	static DemoDataset get() {
		return DATASET.get();
	}

	static <T extends SentiaEvent> List<T> events(Class<T> type) {
		return get().events().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The last snapshot of every order, by its entity id, worked out here independently.
	 */
	static Map<String, OrderUpserted> finalOrders() {
		Map<String, OrderUpserted> latest = new LinkedHashMap<>();
		for (OrderUpserted order : events(OrderUpserted.class)) {
			String key = order.source() + ":" + order.store() + ":" + order.orderId();
			OrderUpserted kept = latest.get(key);
			if (kept == null || !order.updatedAt().isBefore(kept.updatedAt())) {
				latest.put(key, order);
			}
		}
		return latest;
	}

	static LocalDate orderDay(OrderUpserted order) {
		return order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate();
	}

}
