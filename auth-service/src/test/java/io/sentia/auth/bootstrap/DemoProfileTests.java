package io.sentia.auth.bootstrap;

import java.time.Clock;
import java.time.Duration;

import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.key.SigningKeyProperties;
import io.sentia.auth.tenant.Tenants;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.auth.user.PasswordHashingProperties;
import io.sentia.auth.user.Users;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The demo tenant exists only under the {@code demo} profile, and {@code prod} with
 * {@code demo} does not start. The bootstrap's collaborators are inert here: only which
 * beans the profiles produce is looked at; the demo data itself is in
 * {@link DemoTenantTests}.
 */
class DemoProfileTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(BootstrapConfiguration.class)
		.withPropertyValues("sentia.auth.signing-keys.encryption-key=cHJvZHVjdGlvbi1rZXktZW5jcnlwdGlvbi1rZXktMzI=",
				"sentia.auth.gateway-client.secret=gateway-secret",
				"sentia.auth.platform-client.secret=platform-secret")
		.withBean(SigningKeyProperties.class,
				() -> new SigningKeyProperties("cHJvZHVjdGlvbi1rZXktZW5jcnlwdGlvbi1rZXktMzI=", Duration.ofDays(30),
						Duration.ofMinutes(15), 2048, Duration.ofSeconds(30)))
		.withBean(TokenProperties.class,
				() -> new TokenProperties(Duration.ofMinutes(5), Duration.ofHours(12), Duration.ofMinutes(5)))
		.withBean(PasswordHasher.class,
				() -> new PasswordHasher(new PasswordHashingProperties(1, Duration.ofSeconds(1), 1), () -> "test"))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(RegisteredClientRepository.class, () -> mock(RegisteredClientRepository.class))
		.withBean(Tenants.class, () -> mock(Tenants.class))
		.withBean(Users.class, () -> mock(Users.class))
		.withBean(PartnerClients.class, () -> mock(PartnerClients.class))
		.withBean(JdbcClient.class, () -> mock(JdbcClient.class))
		.withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class));

	@Test
	void hasNoDemoTenantWithoutTheDemoProfile() {
		this.contexts.withPropertyValues("spring.profiles.active=dev")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoTenant.class));
	}

	@Test
	void hasTheDemoTenantUnderTheDemoProfile() {
		this.contexts.withPropertyValues("spring.profiles.active=demo")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DemoTenant.class));
	}

	@Test
	void refusesToStartWithTheProdAndDemoProfilesTogether() {
		this.contexts.withPropertyValues("spring.profiles.active=prod,demo")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("the demo profile is active"));
	}

}
