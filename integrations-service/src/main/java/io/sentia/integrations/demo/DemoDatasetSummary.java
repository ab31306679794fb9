package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.events.OrderUpserted;
import io.sentia.events.SentiaEvent;

/**
 * What a demo dataset holds, computed from its events: how many of each kind, and orders
 * and revenue (the final snapshot of every order) per sales channel and per currency.
 * Amounts are decimal strings and currencies are never added together.
 *
 * @param version generator version
 * @param datasetId version, seed and range in one id
 * @param seed generator seed
 * @param firstDay first UTC day
 * @param lastDay last UTC day
 * @param events number of events
 * @param eventCounts events per event type
 * @param orders number of distinct orders
 * @param bySalesChannel orders and revenue per region, channel and currency
 * @param byCurrency orders and revenue per currency
 */
public record DemoDatasetSummary(String version, String datasetId, long seed, LocalDate firstDay, LocalDate lastDay,
		int events, Map<String, Integer> eventCounts, int orders, List<ChannelRevenue> bySalesChannel,
		List<CurrencyRevenue> byCurrency) {

	static DemoDatasetSummary of(DemoDataset dataset) {
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, OrderUpserted> latest = new LinkedHashMap<>();
		for (SentiaEvent event : dataset.events()) {
			counts.merge(event.eventType(), 1, Integer::sum);
			if (event instanceof OrderUpserted order) {
				latest.merge(order.entityId(), order,
						(kept, next) -> next.updatedAt().isBefore(kept.updatedAt()) ? kept : next);
			}
		}
		Map<String, Total> byChannel = new TreeMap<>();
		Map<String, Total> byCurrency = new TreeMap<>();
		for (OrderUpserted order : latest.values()) {
			byChannel
				.computeIfAbsent(order.region() + "|" + order.channel() + "|" + order.currency(), (key) -> new Total())
				.add(order);
			byCurrency.computeIfAbsent(order.currency(), (key) -> new Total()).add(order);
		}
		List<ChannelRevenue> channels = new ArrayList<>();
		byChannel.forEach((key, total) -> {
			String[] parts = key.split("\\|");
			channels.add(new ChannelRevenue(parts[0], parts[1], parts[2], total.orders, total.revenue.toPlainString()));
		});
		List<CurrencyRevenue> currencies = new ArrayList<>();
		byCurrency.forEach((currency, total) -> currencies
			.add(new CurrencyRevenue(currency, total.orders, total.revenue.toPlainString())));
		DemoDatasetSpec spec = dataset.spec();
		return new DemoDatasetSummary(DemoDatasetGenerator.VERSION, spec.datasetId(), spec.seed(), spec.firstDay(),
				spec.lastDay(), dataset.events().size(), counts, latest.size(), channels, currencies);
	}

	/**
	 * Orders and revenue of one sales channel in one currency.
	 *
	 * @param region sales region
	 * @param channel sales channel
	 * @param currency ISO-4217 currency
	 * @param orders distinct orders, cancelled ones included
	 * @param revenue sum of the orders' final totals, a decimal string
	 */
	public record ChannelRevenue(String region, String channel, String currency, int orders, String revenue) {
	}

	/**
	 * Orders and revenue in one currency.
	 *
	 * @param currency ISO-4217 currency
	 * @param orders distinct orders, cancelled ones included
	 * @param revenue sum of the orders' final totals, a decimal string
	 */
	public record CurrencyRevenue(String currency, int orders, String revenue) {
	}

	private static final class Total {

		private int orders;

		private BigDecimal revenue = BigDecimal.ZERO.setScale(2);

		void add(OrderUpserted order) {
			this.orders++;
			this.revenue = this.revenue.add(order.total().amount());
		}

	}

}
