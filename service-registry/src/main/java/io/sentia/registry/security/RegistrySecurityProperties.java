package io.sentia.registry.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The registry's two HTTP basic credentials ({@code sentia.registry.*}).
 *
 * @param clients the credential services and the gateway register and read with; env
 * {@code SENTIA_REGISTRY_USER} / {@code SENTIA_REGISTRY_PASSWORD}, carried by clients in
 * {@code SENTIA_EUREKA_URL}
 * @param operations the credential of the actuator endpoints but health; env
 * {@code SENTIA_OPERATIONS_USER} / {@code SENTIA_OPERATIONS_PASSWORD}, as on every
 * service
 */
@Validated
@ConfigurationProperties("sentia.registry")
public record RegistrySecurityProperties(@Valid @NotNull Credential clients, @Valid @NotNull Credential operations) {

	/** Password of the registry credential on a developer machine. */
	public static final String DEVELOPMENT_CLIENTS_PASSWORD = "sentia-registry-dev-secret";

	/** Password of the operations credential on a developer machine. */
	public static final String DEVELOPMENT_OPERATIONS_PASSWORD = "sentia-operations-dev-secret";

	/**
	 * A user name and password.
	 *
	 * @param username the user name
	 * @param password the password
	 */
	public record Credential(@NotBlank String username, @NotBlank String password) {

		@Override
		public String toString() {
			return "Credential[username=" + this.username + ", password=******]";
		}

	}

}
