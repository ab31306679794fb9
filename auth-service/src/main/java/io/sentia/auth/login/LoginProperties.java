package io.sentia.auth.login;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling ({@code sentia.auth.login.*}).
 *
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockDuration how long a lockout lasts
 * @param maxFailuresPerAddress failures from one client address within
 * {@code addressWindow} after which its attempts are refused before any password check
 * @param addressWindow the window for {@code maxFailuresPerAddress}
 * @param defaultTargetUrl where a user lands after signing in without a pending
 * authorization request (the gateway's dashboard)
 */
@Validated
@ConfigurationProperties("sentia.auth.login")
public record LoginProperties(@Min(1) @DefaultValue("5") int maxFailedAttempts,
		@NotNull @DefaultValue("15m") Duration lockDuration, @Min(1) @DefaultValue("20") int maxFailuresPerAddress,
		@NotNull @DefaultValue("15m") Duration addressWindow,
		@NotBlank @DefaultValue("http://localhost:8080/") String defaultTargetUrl) {
}
