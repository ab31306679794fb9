package io.sentia.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes authorizations whose every token has expired (each client-credentials request
 * stores one) and the lineage of refresh tokens past their expiry, which can no longer be
 * presented.
 */
@Component
class ExpiredAuthorizationCleanup {

	/** Kept a little past expiry so a late replay is still recognised and audited. */
	private static final Duration GRACE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiredAuthorizationCleanup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
	void deleteExpired() {
		Object before = this.clock.instant().minus(GRACE).atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				DELETE FROM oauth2_authorization
				WHERE greatest(authorization_code_expires_at, access_token_expires_at, oidc_id_token_expires_at,
				               refresh_token_expires_at) < :before
				""").param("before", before).update();
		this.jdbc.sql("DELETE FROM refresh_token_lineage WHERE expires_at < :before").param("before", before).update();
	}

}
