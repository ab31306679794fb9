package io.sentia.gateway.security.ratelimit;

import io.sentia.gateway.network.ClientAddresses;
import io.micrometer.core.instrument.MeterRegistry;
import io.sentia.gateway.problem.ProblemResponseWriter;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

/** The two rate-limit filters, around Spring Security. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	WebFilter clientAddressRateLimits(RateLimitTiers tiers, RedisRateLimiter limiter, RateLimitProperties properties,
			ProblemResponseWriter problems, MeterRegistry meters, ClientAddresses clientAddresses) {
		return new RateLimitFilter(RateLimitFilter.Phase.BEFORE_SECURITY, tiers, limiter, properties, problems, meters,
				clientAddresses);
	}

	@Bean
	WebFilter callerRateLimits(RateLimitTiers tiers, RedisRateLimiter limiter, RateLimitProperties properties,
			ProblemResponseWriter problems, MeterRegistry meters, ClientAddresses clientAddresses) {
		return new RateLimitFilter(RateLimitFilter.Phase.AFTER_SECURITY, tiers, limiter, properties, problems, meters,
				clientAddresses);
	}

}
