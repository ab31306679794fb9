package io.sentia.servicekit.security;

import java.net.URI;

import io.sentia.servicekit.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of the resource server, and which of its beans a service may replace.
 */
class ResourceServerAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class));

	@Test
	void trustsTheDevAuthServiceByDefault() {
		this.contexts.run((context) -> {
			SentiaSecurityProperties properties = context.getBean(SentiaSecurityProperties.class);
			assertThat(properties.issuer()).isEqualTo(URI.create("http://localhost:8081"));
			assertThat(properties.jwkSetUri()).isEqualTo(URI.create("http://localhost:8081/oauth2/jwks"));
			assertThat(properties.audience()).isEqualTo("sentia-api");
			assertThat(properties.publicPaths()).isEmpty();
			assertThat(context).hasSingleBean(JwtDecoder.class).hasSingleBean(TenantContext.class);
		});
	}

	@Test
	void derivesTheJwkSetFromTheIssuerUnlessGiven() {
		this.contexts.withPropertyValues("sentia.security.issuer=https://auth.sentia.example/")
			.run((context) -> assertThat(context.getBean(SentiaSecurityProperties.class).jwkSetUri())
				.isEqualTo(URI.create("https://auth.sentia.example/oauth2/jwks")));
		this.contexts
			.withPropertyValues("sentia.security.issuer=https://auth.sentia.example",
					"sentia.security.jwk-set-uri=http://auth:8081/oauth2/jwks")
			.run((context) -> assertThat(context.getBean(SentiaSecurityProperties.class).jwkSetUri())
				.isEqualTo(URI.create("http://auth:8081/oauth2/jwks")));
	}

	@Test
	void refusesToStartWithARelativeIssuer() {
		this.contexts.withPropertyValues("sentia.security.issuer=auth-service")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sentia.security.issuer"));
	}

	@Test
	void refusesToStartWithAPublicPathThatIsNotAPath() {
		this.contexts.withPropertyValues("sentia.security.public-paths=webhooks/**")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void stepsAsideForTheServicesOwnDecoder() {
		this.contexts.withUserConfiguration(OwnDecoder.class)
			.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isSameAs(OwnDecoder.DECODER));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDecoder {

		static final JwtDecoder DECODER = (token) -> {
			throw new UnsupportedOperationException();
		};

		@Bean
		JwtDecoder ownDecoder() {
			return DECODER;
		}

	}

}
