package io.sentia.integrations.unleashed;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how Unleashed is called; the base URL is configuration, never tenant input
 * (SSRF).
 *
 * @param apiBaseUrl API root, e.g. {@code https://api.unleashedsoftware.com}
 * @param clientType value of the {@code client-type} header ({@code company/app})
 * @param pageSize records per page (Unleashed allows at most 1000)
 * @param minInterval least time between two calls of one account, since Unleashed
 * publishes no limits
 * @param salesOrderStatuses the {@code orderStatus} filter of sales order reads; it must
 * name {@code Deleted}, because Unleashed hides deleted orders unless asked for them
 * @param purchaseOrderStatuses the {@code orderStatus} filter of purchase order reads,
 * {@code Deleted} included for the same reason
 */
@ConfigurationProperties("sentia.integrations.unleashed")
public record UnleashedProperties(@DefaultValue("https://api.unleashedsoftware.com") URI apiBaseUrl,
		@DefaultValue("sentia/integrations") String clientType, @DefaultValue("200") int pageSize,
		@DefaultValue("1s") Duration minInterval,
		@DefaultValue("Parked,Placed,Backordered,Completed,Deleted") String salesOrderStatuses,
		@DefaultValue("Parked,Placed,Costed,Receipted,Complete,Deleted") String purchaseOrderStatuses) {

	public UnleashedProperties {
		if (pageSize < 1 || pageSize > 1000) {
			throw new IllegalArgumentException("sentia.integrations.unleashed.page-size must be 1..1000");
		}
		statuses(salesOrderStatuses, "sales-order-statuses");
		statuses(purchaseOrderStatuses, "purchase-order-statuses");
	}

	/** The defaults, pointed at {@code apiBaseUrl}. */
	public static UnleashedProperties of(URI apiBaseUrl, Duration minInterval) {
		return new UnleashedProperties(apiBaseUrl, "sentia/integrations", 200, minInterval,
				"Parked,Placed,Backordered,Completed,Deleted", "Parked,Placed,Costed,Receipted,Complete,Deleted");
	}

	/**
	 * Statuses are sent unencoded (letters and commas need no escaping), so the string
	 * signed is the string Unleashed reads.
	 */
	private static void statuses(String statuses, String property) {
		if (statuses == null || !statuses.matches("[A-Za-z]+(,[A-Za-z]+)*") || !statuses.contains("Deleted")) {
			throw new IllegalArgumentException("sentia.integrations.unleashed." + property
					+ " must be a comma-separated list of statuses that includes Deleted, but was '" + statuses + "'");
		}
	}

}
