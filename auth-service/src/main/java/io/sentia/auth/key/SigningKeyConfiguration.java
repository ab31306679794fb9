package io.sentia.auth.key;

import java.time.Clock;
import java.time.Duration;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.servicekit.security.AccessTokenVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing keys as the authorization server's {@code JWKSource}, the first key on
 * start-up and the scheduled rotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningKeyProperties.class)
class SigningKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

	@Bean
	SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions, SigningKeyProperties properties,
			TokenProperties tokens, AuditLog audit, Clock clock) {
		Duration needed = tokens.accessTokenTimeToLive().plus(AccessTokenVerification.CLOCK_SKEW);
		if (properties.retiredKeyRetention().compareTo(needed) <= 0) {
			throw new IllegalStateException("sentia.auth.signing-keys.retired-key-retention ("
					+ properties.retiredKeyRetention() + ") must exceed the access-token lifetime plus clock skew ("
					+ needed + "), or tokens signed just before a rotation would stop verifying");
		}
		return new SigningKeys(jdbc, transactions, properties, audit, clock);
	}

	@Bean
	ApplicationRunner firstSigningKey(SigningKeys keys) {
		return (args) -> keys.ensureActiveKey();
	}

	@Bean
	ScheduledRotation scheduledSigningKeyRotation(SigningKeys keys) {
		return new ScheduledRotation(keys);
	}

	/** Rotates the signing key once it is older than the rotation interval. */
	static class ScheduledRotation {

		private final SigningKeys keys;

		ScheduledRotation(SigningKeys keys) {
			this.keys = keys;
		}

		@Scheduled(fixedDelayString = "${sentia.auth.signing-keys.rotation-check-interval:PT1H}",
				initialDelayString = "${sentia.auth.signing-keys.rotation-check-interval:PT1H}")
		void rotateWhenDue() {
			if (this.keys.rotationDue()) {
				String kid = this.keys.rotate(AuditEntry.system());
				log.info("Rotated the JWT signing key on schedule; now signing with {}", kid);
			}
			this.keys.forgetUnpublishedKeys();
		}

	}

}
