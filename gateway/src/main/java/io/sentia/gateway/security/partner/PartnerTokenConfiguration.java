package io.sentia.gateway.security.partner;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import io.sentia.gateway.security.IdentityProperties;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The access-token decoder: signature by a key from auth-service's JWKS with RS256 pinned
 * (so {@code alg: none} and HS256 signed with the public key are refused), then issuer,
 * audience and expiry (60 s clock skew, Spring's default).
 */
@Configuration(proxyBeanMethods = false)
class PartnerTokenConfiguration {

	/** Keys are fetched rarely (cached, refreshed on an unknown kid); never wait long. */
	private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(2);

	@Bean
	ReactiveJwtDecoder accessTokenDecoder(IdentityProperties identity) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) JWKS_TIMEOUT.toMillis())
			.responseTimeout(JWKS_TIMEOUT);
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(identity.jwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build())
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(identity.issuer().toString()),
				new JwtAudienceValidator(identity.audience())));
		return decoder;
	}

}
