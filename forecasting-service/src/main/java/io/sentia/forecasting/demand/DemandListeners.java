package io.sentia.forecasting.demand;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sentia.events.EventHeaders;
import io.sentia.events.InventoryLevelChanged;
import io.sentia.events.OrderUpserted;
import io.sentia.events.ProductUpserted;
import io.sentia.events.Topics;
import io.sentia.servicekit.kafka.EventConsumer;
import io.sentia.servicekit.kafka.KafkaConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Keeps the demand read model up to date from orders, products and stock levels, a batch
 * at a time through the kit's {@link EventConsumer}: each batch is applied in one
 * transaction together with its processed-event marks (a redelivery changes nothing); a
 * record that cannot be read or applied goes to its topic's dead-letter topic. After a
 * batch of orders, the {@link DemandActivity} of its tenants is noted.
 */
class DemandListeners {

	static final String ORDERS = "forecasting.orders";

	static final String PRODUCTS = "forecasting.products";

	static final String LEVELS = "forecasting.inventory-levels";

	private final DemandRepository repository;

	private final EventConsumer events;

	private final DemandActivity activity;

	DemandListeners(DemandRepository repository, EventConsumer events, DemandActivity activity) {
		this.repository = repository;
		this.events = events;
		this.activity = activity;
	}

	@KafkaListener(id = ORDERS, topics = Topics.COMMERCE_ORDERS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onOrders(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(ORDERS, records, acknowledgment, OrderUpserted.class, this.repository::upsertOrder);
		tenantsOf(records).forEach(this.activity::recorded);
	}

	@KafkaListener(id = PRODUCTS, topics = Topics.CATALOG_PRODUCTS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onProducts(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(PRODUCTS, records, acknowledgment, ProductUpserted.class, this.repository::upsertProduct);
	}

	@KafkaListener(id = LEVELS, topics = Topics.INVENTORY_LEVELS,
			containerFactory = KafkaConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
	void onLevels(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
		this.events.on(LEVELS, records, acknowledgment, InventoryLevelChanged.class, this.repository::insertLevel);
	}

	private static Set<String> tenantsOf(List<ConsumerRecord<String, String>> records) {
		Set<String> tenants = new LinkedHashSet<>();
		for (ConsumerRecord<String, String> record : records) {
			Header tenant = record.headers().lastHeader(EventHeaders.TENANT);
			if (tenant != null) {
				tenants.add(new String(tenant.value(), StandardCharsets.UTF_8));
			}
		}
		return tenants;
	}

}
