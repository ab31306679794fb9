package io.sentia.notifications.secrets;

import io.sentia.servicekit.crypto.EnvelopeSealer;

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
		return SecretKeys.sealer(properties, environment.matchesProfiles("prod"));
	}

	@Bean
	SecretLinks secretLinks(EnvelopeSealer sealer) {
		return new SecretLinks(sealer);
	}

}
