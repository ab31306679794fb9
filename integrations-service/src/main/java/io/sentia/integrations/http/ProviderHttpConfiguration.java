package io.sentia.integrations.http;

import java.net.http.HttpClient;
import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link io.sentia.integrations.connector.ProviderHttp} bean: rate-limited, retrying
 * JDK HTTP behind a circuit breaker per provider, with metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProviderHttpProperties.class)
class ProviderHttpConfiguration {

	@Bean
	GuardedProviderHttp providerHttp(ProviderHttpProperties properties, MeterRegistry meters) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		ProviderHttpProperties.CircuitBreakerSettings settings = properties.circuitBreaker();
		// A registry of its own, so the breakers' settings are the ones documented here.
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		return new GuardedProviderHttp(
				new RateLimitedProviderHttp(client, properties.retry(), Clock.systemUTC(), Pause.SLEEP), breakers,
				meters);
	}

}
