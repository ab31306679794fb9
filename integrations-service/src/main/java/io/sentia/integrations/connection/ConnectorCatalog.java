package io.sentia.integrations.connection;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.Provider;
import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The {@link Connector} bean of each provider, resolved on first use. Where two claim one
 * provider, the one with the higher precedence ({@code @Order}) wins, which lets a test
 * put a simulator's connector in.
 */
public class ConnectorCatalog {

	private static final Logger log = LoggerFactory.getLogger(ConnectorCatalog.class);

	private final ObjectProvider<Connector> beans;

	private volatile @Nullable Map<Provider, Connector> connectors;

	ConnectorCatalog(ObjectProvider<Connector> beans) {
		this.beans = beans;
	}

	/**
	 * The connector of a provider named in a request.
	 * @param id the provider id, e.g. {@code shopify}
	 * @return the connector
	 * @throws ApiProblemException 400 naming the providers when the id is unknown, or
	 * saying the provider has no connector in this build
	 */
	public Connector forRequest(@Nullable String id) {
		Provider provider = Arrays.stream(Provider.values())
			.filter((candidate) -> candidate != Provider.UPLOAD && candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> ApiProblemException.invalidField("provider",
					"must be one of " + String.join(", ", connectable())));
		Connector connector = connectors().get(provider);
		if (connector == null) {
			throw ApiProblemException.invalidField("provider",
					"names " + provider.id() + ", which has no connector in this build");
		}
		return connector;
	}

	/**
	 * The connector of a stored connection's provider.
	 * @throws IllegalStateException when this build has none
	 */
	public Connector of(Provider provider) {
		Connector connector = connectors().get(provider);
		if (connector == null) {
			throw new IllegalStateException("provider " + provider.id() + " has no connector in this build");
		}
		return connector;
	}

	private static List<String> connectable() {
		return Arrays.stream(Provider.values())
			.filter((provider) -> provider != Provider.UPLOAD)
			.map(Provider::id)
			.toList();
	}

	private Map<Provider, Connector> connectors() {
		Map<Provider, Connector> resolved = this.connectors;
		if (resolved == null) {
			resolved = new EnumMap<>(Provider.class);
			for (Connector connector : this.beans.orderedStream().toList()) {
				Connector first = resolved.putIfAbsent(connector.provider(), connector);
				if (first != null) {
					log.warn("Two connectors for {}: using {}, not {}", connector.provider().id(),
							first.getClass().getName(), connector.getClass().getName());
				}
			}
			this.connectors = resolved;
		}
		return resolved;
	}

}
