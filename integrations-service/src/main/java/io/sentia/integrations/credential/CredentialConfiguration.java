package io.sentia.integrations.credential;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The credential vault, keyed by the configured key-encryption keys; optionally re-wraps
 * every data key under the current key at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialProperties.class)
class CredentialConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CredentialConfiguration.class);

	@Bean
	EncryptedCredentialVault credentialVault(JdbcClient jdbc, PlatformTransactionManager transactions,
			CredentialProperties properties, Environment environment) {
		return new EncryptedCredentialVault(jdbc, transactions,
				KeyEncryptionKeys.sealer(properties, environment.matchesProfiles("prod")));
	}

	@Bean
	@ConditionalOnBooleanProperty("sentia.integrations.credentials.rewrap-on-startup")
	ApplicationRunner credentialRewrapOnStartup(EncryptedCredentialVault vault) {
		return (arguments) -> {
			RewrapReport report = vault.rewrap();
			log.info("Re-wrapped {} credential data keys under key-encryption key {} ({} already were)",
					report.rewrapped(), report.kekId(), report.alreadyCurrent());
			report.failed().forEach((failure) -> log.error("Could not re-wrap {}", failure));
		};
	}

}
