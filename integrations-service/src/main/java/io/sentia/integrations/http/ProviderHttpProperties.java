package io.sentia.integrations.http;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Provider HTTP settings ({@code sentia.integrations.http.*}).
 *
 * @param maxAttempts attempts per request for 5xx answers and network failures
 * @param maxThrottledRetries retries of throttled (429) answers per request
 * @param firstBackoff wait before the first retry of a 5xx or network failure; doubles
 * @param callTimeout how long one call may take
 * @param connectTimeout how long connecting may take
 * @param circuitBreaker when a provider's circuit opens
 */
@Validated
@ConfigurationProperties("sentia.integrations.http")
public record ProviderHttpProperties(@Min(1) @DefaultValue("4") int maxAttempts,
		@Min(0) @DefaultValue("6") int maxThrottledRetries, @NotNull @DefaultValue("500ms") Duration firstBackoff,
		@NotNull @DefaultValue("30s") Duration callTimeout, @NotNull @DefaultValue("10s") Duration connectTimeout,
		@Valid @NotNull @DefaultValue CircuitBreakerSettings circuitBreaker) {

	RetrySettings retry() {
		return new RetrySettings(this.maxAttempts, this.maxThrottledRetries, this.firstBackoff, this.callTimeout);
	}

	/**
	 * One circuit breaker per provider, counting requests that failed after their retries
	 * (provider unreachable or answering 5xx); throttling, pauses and 4xx answers do not
	 * count.
	 *
	 * @param failureRateThreshold percentage of failed requests that opens the circuit
	 * @param slidingWindowSize requests the failure rate is computed over
	 * @param minimumNumberOfCalls requests needed before the rate is judged
	 * @param waitInOpenState how long an open circuit refuses calls before trying again
	 * @param permittedCallsInHalfOpenState trial requests after the wait
	 */
	public record CircuitBreakerSettings(@Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold,
			@Min(1) @DefaultValue("10") int slidingWindowSize, @Min(1) @DefaultValue("5") int minimumNumberOfCalls,
			@NotNull @DefaultValue("60s") Duration waitInOpenState,
			@Min(1) @DefaultValue("2") int permittedCallsInHalfOpenState) {
	}

}
