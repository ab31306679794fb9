package io.sentia.integrations.demo;

import java.time.ZoneId;

/**
 * The demo brand's sales channels: three Shopify stores, two Amazon marketplaces and the
 * wholesale book kept in Unleashed. Order volumes are the level at the dataset's last day
 * before seasonality; growth is yearly and applied backwards from there.
 */
enum DemoStore {

	SHOPIFY_UK("shopify", "highland-harbour-uk", "shopify", "UK", "GBP", "Europe/London", DemoLocation.WAREHOUSE_UK,
			16.0, 0.18),

	SHOPIFY_EU("shopify", "highland-harbour-eu", "shopify", "EU", "EUR", "Europe/Berlin", DemoLocation.WAREHOUSE_UK,
			5.0, 0.25),

	SHOPIFY_US("shopify", "highland-harbour-us", "shopify", "US", "USD", "America/New_York", DemoLocation.WAREHOUSE_US,
			8.0, 0.45),

	AMAZON_UK("amazon", "A1F83G8C2ARO7P", "amazon", "UK", "GBP", "Europe/London", DemoLocation.FBA_UK, 12.0, 0.20),

	AMAZON_US("amazon", "ATVPDKIKX0DER", "amazon", "US", "USD", "America/New_York", DemoLocation.FBA_US, 8.0, 0.50),

	WHOLESALE_UK("unleashed", "highland-harbour", "wholesale", "UK", "GBP", "Europe/London", DemoLocation.WAREHOUSE_UK,
			0.6, 0.10);

	private final String source;

	private final String store;

	private final String channel;

	private final String region;

	private final String currency;

	private final ZoneId zone;

	private final DemoLocation shipsFrom;

	private final double ordersPerDay;

	private final double yearlyGrowth;

	DemoStore(String source, String store, String channel, String region, String currency, String zone,
			DemoLocation shipsFrom, double ordersPerDay, double yearlyGrowth) {
		this.source = source;
		this.store = store;
		this.channel = channel;
		this.region = region;
		this.currency = currency;
		this.zone = ZoneId.of(zone);
		this.shipsFrom = shipsFrom;
		this.ordersPerDay = ordersPerDay;
		this.yearlyGrowth = yearlyGrowth;
	}

	String source() {
		return this.source;
	}

	String store() {
		return this.store;
	}

	String channel() {
		return this.channel;
	}

	String region() {
		return this.region;
	}

	String currency() {
		return this.currency;
	}

	ZoneId zone() {
		return this.zone;
	}

	DemoLocation shipsFrom() {
		return this.shipsFrom;
	}

	double ordersPerDay() {
		return this.ordersPerDay;
	}

	double yearlyGrowth() {
		return this.yearlyGrowth;
	}

	boolean isAmazon() {
		return "amazon".equals(this.channel);
	}

	boolean isShopify() {
		return "shopify".equals(this.channel);
	}

	boolean isWholesale() {
		return "wholesale".equals(this.channel);
	}

}
