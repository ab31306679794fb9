package io.sentia.notifications.channels.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Whether the SMTP server answers. Without it mail waits in the delivery outbox and is
 * retried, nothing is lost and every other channel works, so the service is
 * {@link #DEGRADED}, never DOWN. Each answer is reused for a while: the gateway and
 * probes ask often and a dead server takes the connection timeout to say so.
 */
class SmtpHealthIndicator implements HealthIndicator {

	/** Working, but mail is not going out. */
	static final Status DEGRADED = new Status("DEGRADED", "the SMTP server does not answer; mail waits and is retried");

	private final JavaMailSenderImpl mailSender;

	private final Duration cacheFor;

	private final Clock clock;

	private @Nullable Health last;

	private Instant checkedAt = Instant.MIN;

	SmtpHealthIndicator(JavaMailSenderImpl mailSender, Duration cacheFor, Clock clock) {
		this.mailSender = mailSender;
		this.cacheFor = cacheFor;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.last == null || !now.isBefore(this.checkedAt.plus(this.cacheFor))) {
			this.last = check();
			this.checkedAt = now;
		}
		return this.last;
	}

	private Health check() {
		Health.Builder builder = Health.up();
		try {
			this.mailSender.testConnection();
		}
		catch (MessagingException ex) {
			builder = Health.status(DEGRADED).withDetail("error", ex.getClass().getSimpleName());
		}
		return builder.withDetail("host", this.mailSender.getHost())
			.withDetail("port", this.mailSender.getPort())
			.build();
	}

}
