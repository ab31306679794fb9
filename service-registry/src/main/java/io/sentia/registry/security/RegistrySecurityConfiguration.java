package io.sentia.registry.security;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Registering, renewing, de-registering and reading the registry (the Eureka REST API
 * under {@code /eureka/**} and the dashboard) need the registry credential; actuator
 * endpoints but health need the operations credential; health is open for probes. HTTP
 * basic without a session, so there is no cookie and CSRF protection has nothing to guard
 * on the Eureka API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrySecurityProperties.class)
class RegistrySecurityConfiguration {

	static final String REGISTRY_CLIENT = "SENTIA_REGISTRY_CLIENT";

	static final String OPERATIONS = "SENTIA_OPERATIONS";

	/**
	 * The only way in; as a bean it also keeps Boot from creating a user with a generated
	 * password.
	 * @param properties the credentials
	 * @return the provider
	 */
	@Bean
	CredentialAuthenticationProvider registryCredentials(RegistrySecurityProperties properties) {
		return new CredentialAuthenticationProvider(
				Map.of(properties.clients(), REGISTRY_CLIENT, properties.operations(), OPERATIONS));
	}

	@Bean
	SecurityFilterChain registryFilterChain(HttpSecurity http, CredentialAuthenticationProvider credentials) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasAuthority(OPERATIONS)
			.anyRequest()
			.hasAuthority(REGISTRY_CLIENT))
			.authenticationManager(new ProviderManager(credentials))
			.httpBasic((basic) -> basic.realmName("sentia-registry"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/eureka/**"))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	@Bean
	RegistryProductionSafety registryProductionSafety(Environment environment, RegistrySecurityProperties properties) {
		return new RegistryProductionSafety(environment, properties);
	}

}
