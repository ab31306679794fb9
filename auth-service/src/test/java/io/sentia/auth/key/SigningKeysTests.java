package io.sentia.auth.key;

import java.time.Clock;
import java.time.Duration;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.audit.AuditOutbox;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.testkit.InfrastructureTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Signing keys rotate on schedule, a retired key is published until its tokens have
 * expired, and keys sealed under another key-encryption key are refused. (A JDBC slice
 * with the service's signing-key configuration, whose start-up runner makes the first
 * key; not in a test transaction, like the service.)
 */
@JdbcTest
@Import(SigningKeysTests.SigningKeysWiring.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SigningKeysTests extends InfrastructureTests {

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	SigningKeyProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog audit;

	@Test
	void scheduledRotationIsDueOnlyOnceTheActiveKeyIsOlderThanTheInterval() {
		this.signingKeys.rotate(AuditEntry.system());
		assertThat(this.signingKeys.rotationDue()).isFalse();
		assertThat(
				keysAt(Clock.offset(Clock.systemUTC(), this.properties.rotationInterval().plusHours(1))).rotationDue())
			.isTrue();
	}

	@Test
	void publishesARetiredKeyUntilItsTokensHaveExpiredAndThenForgetsIt() {
		String retired = this.signingKeys.activeKeyId();
		String active = this.signingKeys.rotate(AuditEntry.system());
		assertThat(this.signingKeys.publicKeys().getKeyByKeyId(retired)).isNotNull();
		assertThat(this.signingKeys.publicKeys().getKeyByKeyId(active).isPrivate()).isFalse();

		SigningKeys later = keysAt(
				Clock.offset(Clock.systemUTC(), this.properties.retiredKeyRetention().plus(Duration.ofMinutes(1))));
		assertThat(later.publicKeys().getKeyByKeyId(retired)).isNull();
		assertThat(later.publicKeys().getKeyByKeyId(active)).isNotNull();
		assertThat(later.forgetUnpublishedKeys()).isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM signing_key WHERE kid = :kid")
			.param("kid", retired)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void refusesToReadKeysWithAnotherKeyEncryptionKey() {
		SigningKeyProperties otherKey = new SigningKeyProperties("b3RoZXIta2V5LWVuY3J5cHRpb24ta2V5LWZvci10c3Q=",
				this.properties.rotationInterval(), this.properties.retiredKeyRetention(), this.properties.keySize(),
				this.properties.cacheTimeToLive());
		SigningKeys wrongKey = new SigningKeys(this.jdbc, this.transactions, otherKey, this.audit, Clock.systemUTC());
		assertThatIllegalStateException().isThrownBy(wrongKey::publicKeys)
			.withMessageContaining("sentia.auth.signing-keys.encryption-key");
	}

	private SigningKeys keysAt(Clock clock) {
		return new SigningKeys(this.jdbc, this.transactions, this.properties, this.audit, clock);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TokenProperties.class)
	@Import({ SigningKeyConfiguration.class, AuditOutbox.class })
	static class SigningKeysWiring {

	}

}
