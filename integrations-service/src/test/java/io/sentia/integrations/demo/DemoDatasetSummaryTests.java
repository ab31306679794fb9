package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import io.sentia.events.OrderUpserted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDatasetSummaryTests {

	private final DemoDatasetSummary summary = DemoDatasetSummary.of(StandardDemoDataset.get());

	@Test
	void channelTotalsEqualTheFinalOrderSnapshots() {
		Map<String, BigDecimal> revenue = new TreeMap<>();
		Map<String, Integer> orders = new TreeMap<>();
		for (OrderUpserted order : StandardDemoDataset.finalOrders().values()) {
			String key = order.region() + "/" + order.channel() + "/" + order.currency();
			revenue.merge(key, order.total().amount(), BigDecimal::add);
			orders.merge(key, 1, Integer::sum);
		}

		Map<String, BigDecimal> summarisedRevenue = new TreeMap<>();
		Map<String, Integer> summarisedOrders = new TreeMap<>();
		for (DemoDatasetSummary.ChannelRevenue channel : this.summary.bySalesChannel()) {
			String key = channel.region() + "/" + channel.channel() + "/" + channel.currency();
			summarisedRevenue.put(key, new BigDecimal(channel.revenue()));
			summarisedOrders.put(key, channel.orders());
		}
		assertThat(summarisedRevenue).isEqualTo(revenue);
		assertThat(summarisedOrders).isEqualTo(orders);
		assertThat(summarisedOrders.keySet()).containsExactly("EU/shopify/EUR", "UK/amazon/GBP", "UK/shopify/GBP",
				"UK/wholesale/GBP", "US/amazon/USD", "US/shopify/USD");
	}

	@Test
	void currencyTotalsEqualTheFinalOrderSnapshots() {
		Map<String, BigDecimal> revenue = new TreeMap<>();
		for (OrderUpserted order : StandardDemoDataset.finalOrders().values()) {
			revenue.merge(order.currency(), order.total().amount(), BigDecimal::add);
		}

		Map<String, BigDecimal> summarised = new TreeMap<>();
		this.summary.byCurrency()
			.forEach((currency) -> summarised.put(currency.currency(), new BigDecimal(currency.revenue())));
		assertThat(summarised).isEqualTo(revenue).containsOnlyKeys("EUR", "GBP", "USD");
		assertThat(this.summary.orders()).isEqualTo(StandardDemoDataset.finalOrders().size());
	}

	@Test
	void revenueIsAPlainDecimalStringWithTwoDecimals() {
		assertThat(this.summary.byCurrency())
			.allSatisfy((currency) -> assertThat(currency.revenue()).matches("\\d+\\.\\d{2}"));
		assertThat(this.summary.bySalesChannel())
			.allSatisfy((channel) -> assertThat(channel.revenue()).matches("\\d+\\.\\d{2}"));
	}

	@Test
	void countsEveryEventByType() {
		assertThat(this.summary.eventCounts().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(this.summary.events())
			.isEqualTo(StandardDemoDataset.get().events().size());
		assertThat(this.summary.eventCounts()).containsOnlyKeys("sentia.catalog.product.upserted.v1",
				"sentia.commerce.order.upserted.v1", "sentia.finance.invoice.upserted.v1",
				"sentia.finance.payment.recorded.v1", "sentia.inventory.level.changed.v1",
				"sentia.purchasing.order.upserted.v1");
	}

	@Test
	void describesTheSpecItWasGeneratedFrom() {
		assertThat(this.summary.version()).isEqualTo(DemoDatasetGenerator.VERSION);
		assertThat(this.summary.seed()).isEqualTo(20261031L);
		assertThat(this.summary.firstDay()).isEqualTo(StandardDemoDataset.SPEC.firstDay());
		assertThat(this.summary.lastDay()).isEqualTo(StandardDemoDataset.SPEC.lastDay());
		assertThat(this.summary.datasetId()).isEqualTo("hhs-v2/20261031/2024-10-31/2026-10-31");
	}

}
