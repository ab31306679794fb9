package io.sentia.integrations.connector;

import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Rate-limited, retrying HTTP to providers. Connectors never build their own client.
 */
public interface ProviderHttp {

	/**
	 * A client for one provider credential.
	 * @param provider the provider
	 * @param connection the connection the calls act for, the only identity metrics name;
	 * {@code null} for calls of the Sentia app itself (e.g. Xero's identity endpoints),
	 * which are metered as {@value #APP}
	 * @param key identifies the credential within the provider (store domain, refresh
	 * token owner and region, Xero tenant id, mailbox); one {@link RatePolicy} per key.
	 * Tenants' identifiers: never a metric tag or log field
	 * @param policy creates the key's policy the first time the key is seen
	 * @return the client
	 */
	ProviderClient client(Provider provider, @Nullable UUID connection, String key, Supplier<RatePolicy> policy);

	/** The {@code connection} tag of calls that act for no connection. */
	String APP = "app";

	/** Sends requests for one credential under its rate policy. */
	interface ProviderClient {

		/**
		 * Sends a request: waits as the policy says, retries throttled (429) answers as
		 * the policy says and 5xx answers and timeouts with exponential back-off, a
		 * bounded number of times.
		 * @return the final response; 4xx other than 429 are returned, not thrown
		 * @throws ProviderCallException when retries are exhausted, the provider is
		 * unreachable, or its circuit breaker is open
		 * @throws ConnectionPausedException when the policy pauses the connection
		 */
		ProviderResponse send(ProviderRequest request);

	}

}
