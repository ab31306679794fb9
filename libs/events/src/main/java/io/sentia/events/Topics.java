package io.sentia.events;

/**
 * Kafka topic names of the v1 catalogue. They are stable strings, never derived from
 * class names, so a renamed record cannot move its events.
 */
public final class Topics {

	public static final String COMMERCE_ORDERS = "commerce.orders.v1";

	public static final String CATALOG_PRODUCTS = "catalog.products.v1";

	public static final String INVENTORY_LEVELS = "inventory.levels.v1";

	public static final String PURCHASING_ORDERS = "purchasing.orders.v1";

	public static final String FINANCE_INVOICES = "finance.invoices.v1";

	public static final String FINANCE_PAYMENTS = "finance.payments.v1";

	public static final String FINANCE_BANK_TRANSACTIONS = "finance.bank-transactions.v1";

	public static final String INTEGRATIONS_SYNC = "integrations.sync.v1";

	public static final String FORECASTING_FORECASTS = "forecasting.forecasts.v1";

	public static final String FORECASTING_RECOMMENDATIONS = "forecasting.recommendations.v1";

	public static final String ALERTS = "alerts.v1";

	public static final String AUTH_TENANTS = "auth.tenants.v1";

	public static final String AUTH_AUDIT = "auth.audit.v1";

	public static final String AUTH_MEMBERS = "auth.members.v1";

	/**
	 * Account mail auth-service asks notifications to deliver. Its records carry secret
	 * links, so the topic keeps them only briefly.
	 */
	public static final String AUTH_ACCOUNT_MAIL = "auth.account-mail.v1";

	private static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	/**
	 * Returns the dead-letter topic that receives records of {@code topic} which could
	 * not be processed after retries.
	 * @param topic the original topic
	 * @return {@code topic + ".dlt"}
	 */
	public static String deadLetter(String topic) {
		if (topic == null || topic.isBlank()) {
			throw new IllegalArgumentException("topic must not be blank");
		}
		return topic + DEAD_LETTER_SUFFIX;
	}

}
