package io.sentia.auth.reset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long the tokens of the password flows live.
 *
 * @param resetValidity how long a reset token the user asked for works (30 minutes)
 * @param invitationValidity how long an invited user's first-password token works (72
 * hours: an invitation is not read within minutes)
 * @param minInterval the shortest time between two reset mails to one account, so the
 * public endpoint cannot be used to flood someone's inbox
 */
@Validated
@ConfigurationProperties("sentia.auth.password-reset")
public record PasswordResetProperties(Duration resetValidity, Duration invitationValidity, Duration minInterval) {

	public PasswordResetProperties {
		resetValidity = positiveOr(resetValidity, Duration.ofMinutes(30), "reset-validity");
		invitationValidity = positiveOr(invitationValidity, Duration.ofHours(72), "invitation-validity");
		if (minInterval == null) {
			minInterval = Duration.ofMinutes(1);
		}
		if (minInterval.isNegative()) {
			throw new IllegalArgumentException("sentia.auth.password-reset.min-interval must not be negative");
		}
	}

	private static Duration positiveOr(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException("sentia.auth.password-reset." + name + " must be positive");
		}
		return value;
	}

}
