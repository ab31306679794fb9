package io.sentia.auth.audit;

import java.util.UUID;

import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.events.Topics;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit log keeps every entry, append-only, and publishes a tenant's entries through
 * the outbox. (A JDBC slice; not in a test transaction, so the append-only trigger's
 * refusal is seen as a caller sees it.)
 */
@JdbcTest
@Import(AuditOutbox.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditLogTests extends InfrastructureTests {

	static final UUID DEMO_TENANT = UUID.fromString("5e471a00-0000-4000-8000-000000000001");

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesTheEntryAndPublishesItOnTheAuditTopic() {
		UUID userId = UUID.randomUUID();
		UUID id = this.audit
			.record(AuditEntry.of(AuditEntry.user(userId, "Ann"), DEMO_TENANT, "user.invited", Outcome.SUCCESS)
				.withTarget("user", "u-42")
				.withDetail("role", "VIEWER")
				.withClientAddress("198.51.100.7"));

		assertThat(this.jdbc.sql("""
				SELECT actor_type || '|' || actor_id || '|' || tenant_id || '|' || action || '|' || target_type || '|'
				       || target_id || '|' || outcome || '|' || client_address || '|' || (details ->> 'role')
				FROM audit_event WHERE id = :id
				""").param("id", id).query(String.class).single())
			.isEqualTo("user|" + userId + "|" + DEMO_TENANT + "|user.invited|user|u-42|success|198.51.100.7|VIEWER");
		String payload = this.jdbc.sql("SELECT payload FROM outbox_event WHERE topic = :topic AND event_key = :key")
			.param("topic", Topics.AUTH_AUDIT)
			.param("key", DEMO_TENANT + ":" + id)
			.query(String.class)
			.single();
		assertThat(payload).contains("\"action\":\"user.invited\"")
			.contains("\"ipAddress\":\"198.51.100.7\"")
			.contains("\"outcome\":\"success\"");
	}

	@Test
	void storesButDoesNotPublishEntriesWithoutATenant() {
		UUID id = this.audit.record(AuditEntry.of(AuditEntry.anonymous(), null, "login.failed", Outcome.FAILURE));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key LIKE :key")
			.param("key", "%:" + id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void refusesToChangeOrDeleteEntries() {
		UUID id = this.audit.record(AuditEntry.of(AuditEntry.system(), DEMO_TENANT, "test.recorded", Outcome.SUCCESS));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET outcome = 'failure' WHERE id = :id")
				.param("id", id)
				.update())
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThat(this.jdbc.sql("SELECT outcome FROM audit_event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("success");
	}

}
