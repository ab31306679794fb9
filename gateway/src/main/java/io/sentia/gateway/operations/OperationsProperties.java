package io.sentia.gateway.operations;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import io.sentia.gateway.network.IpNetwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code /health/ready} and {@code /health/detailed} check
 * ({@code sentia.gateway.health.*}).
 *
 * @param registryUrl the Eureka server's base URL, as given to clients (ends in
 * {@code /eureka/})
 * @param expectedServices every service the platform needs, checked even when none is
 * registered
 * @param infrastructureComponents health component name (as services report it) to the
 * name of the infrastructure behind it, e.g. {@code db: PostgreSQL}
 * @param serviceHealthPath path of a service instance's health endpoint
 * @param probeTimeout the longest one probe may take
 * @param cacheFor how long one round of probes answers {@code /health/detailed} (zero:
 * probe on every call)
 * @param allowedNetworks CIDR blocks an instance's address must be in to be probed; an
 * instance registered elsewhere is reported, never called
 */
@Validated
@ConfigurationProperties("sentia.gateway.health")
public record OperationsProperties(@NotNull URI registryUrl, @NotEmpty List<@NotBlank String> expectedServices,
		@NotEmpty Map<String, String> infrastructureComponents, @NotBlank String serviceHealthPath,
		@NotNull Duration probeTimeout, @DefaultValue("5s") @NotNull Duration cacheFor, @DefaultValue( {
				"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
				"fc00::/7" }) List<@NotBlank String> allowedNetworks){

	public OperationsProperties {
		if (registryUrl != null && !registryUrl.getPath().endsWith("/")) {
			// Resolving "apps" against .../eureka must land on .../eureka/apps.
			registryUrl = URI.create(registryUrl + "/");
		}
		if (allowedNetworks != null) {
			// Fails start-up on a malformed block.
			allowedNetworks.forEach(IpNetwork::parse);
		}
	}

	List<IpNetwork> allowedIpNetworks() {
		return this.allowedNetworks.stream().map(IpNetwork::parse).toList();
	}

	/** Without the registry's password, which a record's own text would show. */
	@Override
	public String toString() {
		return "OperationsProperties[registryUrl=" + RegistryCredentials.redacted(this.registryUrl)
				+ ", expectedServices=" + this.expectedServices + ", probeTimeout=" + this.probeTimeout + ", cacheFor="
				+ this.cacheFor + ", allowedNetworks=" + this.allowedNetworks + "]";
	}

}
