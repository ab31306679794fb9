package io.sentia.auth.token;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed client authentications at the token, introspection and revocation endpoints
 * are throttled ({@code sentia.auth.client-authentication.*}).
 *
 * @param maxFailuresPerAddress failed client authentications from one client address
 * within {@code window} after which that address is answered 429 before any secret is
 * hashed
 * @param maxFailuresPerClient failed authentications of one client id (from anywhere)
 * within {@code window} after which requests for it are answered 429 before hashing
 * @param window the sliding window of both counts
 * @param maxConcurrentPerAddress requests from one client address being handled at once;
 * more are answered 429 at once, before the client is even looked up
 */
@Validated
@ConfigurationProperties("sentia.auth.client-authentication")
public record ClientAuthenticationThrottleProperties(@Min(1) @DefaultValue("20") int maxFailuresPerAddress,
		@Min(1) @DefaultValue("100") int maxFailuresPerClient, @NotNull @DefaultValue("5m") Duration window,
		@Min(1) @DefaultValue("8") int maxConcurrentPerAddress) {
}
