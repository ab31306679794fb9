package io.sentia.auth.bootstrap;

import java.time.Clock;

import io.sentia.auth.client.PartnerClients;
import io.sentia.auth.key.SigningKeyProperties;
import io.sentia.auth.tenant.Tenants;
import io.sentia.auth.tokenpolicy.TokenProperties;
import io.sentia.auth.user.PasswordHasher;
import io.sentia.auth.user.Users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up data: the production guard first (a bean, so a refused start fails the
 * context), then on every start the system clients and, on a first start under the
 * {@code demo} profile, the demo tenant.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BootstrapProperties.class)
class BootstrapConfiguration {

	@Bean
	ProductionSafety productionSafety(Environment environment, BootstrapProperties bootstrap,
			SigningKeyProperties signingKeys) {
		return new ProductionSafety(environment, bootstrap, signingKeys);
	}

	@Bean
	SystemClients systemClients(RegisteredClientRepository clients, PasswordHasher hasher, TokenProperties tokens,
			BootstrapProperties properties, Clock clock) {
		return new SystemClients(clients, hasher, tokens, properties, clock);
	}

	@Bean
	@Profile(DemoTenant.PROFILE)
	DemoTenant demoTenant(Tenants tenants, Users users, PartnerClients partnerClients, JdbcClient jdbc,
			TransactionTemplate transactions) {
		return new DemoTenant(tenants, users, partnerClients, jdbc, transactions);
	}

	@Bean
	ApplicationRunner startupData(SystemClients systemClients, ObjectProvider<DemoTenant> demoTenant) {
		return (args) -> {
			systemClients.upsert();
			demoTenant.ifAvailable(DemoTenant::createIfNoTenant);
		};
	}

}
