package io.sentia.notifications.channels;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;

import io.sentia.servicekit.crypto.EnvelopeSealer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What the channels share: the sealing of their secrets, the check of target addresses
 * and the outbound HTTP client.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TargetAddressProperties.class)
class ChannelsConfiguration {

	@Bean
	ChannelSecrets channelSecrets(EnvelopeSealer sealer) {
		return new ChannelSecrets(sealer);
	}

	@Bean
	TargetAddresses targetAddresses(TargetAddressProperties properties, Environment environment) {
		boolean production = environment.matchesProfiles("prod");
		if (production && properties.allowPrivateTargets()) {
			throw new IllegalStateException("Refusing to start under the prod profile with "
					+ "SENTIA_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATETARGETS=true: it lets tenants reach internal hosts.");
		}
		return new TargetAddresses(properties.allowPrivateTargets(), production, InetAddress::getAllByName);
	}

	@Bean
	OutboundPost outboundPost() {
		return new OutboundPost(Duration.ofSeconds(5), Duration.ofSeconds(10), Clock.systemUTC());
	}

}
