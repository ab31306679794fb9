package io.sentia.auth.login;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per client address in the database (so every instance sees the
 * same count) and says when an address has had too many.
 */
@Component
class AddressThrottle {

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	AddressThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	boolean blocked(String address) {
		Integer failures = this.jdbc.sql("""
				SELECT count(*) FROM login_failure WHERE client_address = :address AND failed_at > :since
				""").param("address", address).param("since", windowStart()).query(Integer.class).single();
		return failures >= this.properties.maxFailuresPerAddress();
	}

	@Transactional
	void recordFailure(String address) {
		this.jdbc.sql("INSERT INTO login_failure (client_address, failed_at) VALUES (:address, :now)")
			.param("address", address)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	void forgetOldFailures() {
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at <= :since").param("since", windowStart()).update();
	}

	private Object windowStart() {
		Instant since = this.clock.instant().minus(this.properties.addressWindow());
		return since.atOffset(ZoneOffset.UTC);
	}

}
