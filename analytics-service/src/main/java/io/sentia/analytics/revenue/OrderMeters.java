package io.sentia.analytics.revenue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business meters of the orders the consumer sees for the first time:
 * {@code sentia.analytics.orders} (tagged {@code region}, {@code channel}) and
 * {@code sentia.analytics.revenue} (their totals in the order currency, tagged
 * {@code region}, {@code currency}), counted once the batch that stored them commits.
 * Updates of an order already stored (status changes, refunds) and orders first seen
 * cancelled are not counted: these are order intake figures, and the analytics API stays
 * the book of record. Tags never carry a tenant; a region or channel outside the expected
 * shapes is tagged {@code other}, so no producer can grow the series without bound.
 */
class OrderMeters {

	static final String ORDERS = "sentia.analytics.orders";

	static final String REVENUE = "sentia.analytics.revenue";

	static final String OTHER = "other";

	/** The channels {@code OrderUpserted} names. */
	private static final Set<String> CHANNELS = Set.of("shopify", "amazon", "wholesale", OTHER);

	/** Region codes such as UK, EU, US, APAC. */
	private static final Pattern REGION = Pattern.compile("[A-Z]{2,4}");

	/** ISO-4217 codes, as the events check. */
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final MeterRegistry meters;

	OrderMeters(MeterRegistry meters) {
		this.meters = meters;
		// Registered at zero, so the names are exported before the first order.
		orders(OTHER, OTHER);
		revenue(OTHER, OTHER);
	}

	/**
	 * Counts the orders the current transaction stored for the first time, once it
	 * commits.
	 */
	void firstSeen(List<OrderRevenueRepository.FirstSeen> groups) {
		if (groups.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					count(groups);
				}

			});
		}
		else {
			count(groups);
		}
	}

	private void count(List<OrderRevenueRepository.FirstSeen> groups) {
		for (OrderRevenueRepository.FirstSeen group : groups) {
			String region = region(group.region());
			orders(region, channel(group.channel())).increment(group.orders());
			revenue(region, currency(group.currency())).increment(group.revenue().doubleValue());
		}
	}

	private Counter orders(String region, String channel) {
		return Counter.builder(ORDERS)
			.description("Orders seen for the first time, by region and channel")
			.tag("region", region)
			.tag("channel", channel)
			.register(this.meters);
	}

	private Counter revenue(String region, String currency) {
		return Counter.builder(REVENUE)
			.description("Totals of the orders seen for the first time, in the order currency")
			.tag("region", region)
			.tag("currency", currency)
			.register(this.meters);
	}

	private static String region(String region) {
		String upper = region.toUpperCase(Locale.ROOT);
		return REGION.matcher(upper).matches() ? upper : OTHER;
	}

	private static String channel(String channel) {
		String lower = channel.toLowerCase(Locale.ROOT);
		return CHANNELS.contains(lower) ? lower : OTHER;
	}

	private static String currency(String currency) {
		return CURRENCY.matcher(currency).matches() ? currency : OTHER;
	}

}
