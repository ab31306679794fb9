package io.sentia.notifications.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one envelope sealer of the service: links with tokens here, channel secrets (Slack
 * and Teams URLs, signing secrets) in the channels.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretProperties.class)
class SecretConfiguration {

	@Bean
	EnvelopeSealer envelopeSealer(SecretProperties properties, Environment environment) {
		String current = properties.kek();
		if ((current == null || current.isBlank()) && properties.kekFile() != null) {
			try {
				current = Files.readString(properties.kekFile(), StandardCharsets.US_ASCII).trim();
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"Cannot read SENTIA_NOTIFICATIONS_SECRETS_KEK_FILE " + properties.kekFile(), ex);
			}
		}
		if (current == null || current.isBlank()) {
			if (!properties.allowDevelopmentKek()) {
				throw new IllegalStateException("No key-encryption key for notification secrets: set "
						+ "SENTIA_NOTIFICATIONS_SECRETS_KEK (base64 of 32 random bytes) or SENTIA_NOTIFICATIONS_SECRETS_KEK_FILE, "
						+ "or SENTIA_NOTIFICATIONS_SECRETS_ALLOW_DEVELOPMENT_KEK=true outside production.");
			}
			current = SecretProperties.DEVELOPMENT_KEK;
		}
		KeyEncryptionKey key = KeyEncryptionKey.fromBase64("SENTIA_NOTIFICATIONS_SECRETS_KEK", current,
				SecretProperties.DEVELOPMENT_KEK);
		if (key.isDevelopmentKey() && environment.matchesProfiles("prod")) {
			throw new IllegalStateException("Refusing to start under the prod profile with the public development "
					+ "key-encryption key: set SENTIA_NOTIFICATIONS_SECRETS_KEK or SENTIA_NOTIFICATIONS_SECRETS_KEK_FILE.");
		}
		String previous = properties.previousKek();
		return new EnvelopeSealer(key, (previous != null && !previous.isBlank())
				? KeyEncryptionKey.fromBase64("SENTIA_NOTIFICATIONS_SECRETS_PREVIOUS_KEK", previous, null) : null);
	}

	@Bean
	SecretLinks secretLinks(EnvelopeSealer sealer) {
		return new SecretLinks(sealer);
	}

}
