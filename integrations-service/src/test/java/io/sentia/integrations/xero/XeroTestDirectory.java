package io.sentia.integrations.xero;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.sentia.integrations.connector.ConnectionDirectory;
import io.sentia.integrations.connector.ConnectionSpec;
import io.sentia.integrations.connector.Provider;

/**
 * Connections held in memory for Xero's unit tests; records accounts set by callbacks.
 */
final class XeroTestDirectory implements ConnectionDirectory {

	private final Map<UUID, ConnectionSpec> connections = new ConcurrentHashMap<>();

	XeroTestDirectory(ConnectionSpec... connections) {
		for (ConnectionSpec connection : connections) {
			this.connections.put(connection.id(), connection);
		}
	}

	@Override
	public Optional<ConnectionSpec> find(UUID connectionId) {
		return Optional.ofNullable(this.connections.get(connectionId));
	}

	@Override
	public List<ConnectionSpec> active() {
		return new ArrayList<>(this.connections.values());
	}

	@Override
	public List<ConnectionSpec> findByAccount(Provider provider, String account) {
		return this.connections.values()
			.stream()
			.filter((c) -> c.provider() == provider && Objects.equals(c.account(), account))
			.toList();
	}

	@Override
	public void updateAccount(UUID connectionId, String account) {
		ConnectionSpec c = this.connections.get(connectionId);
		this.connections.put(connectionId, new ConnectionSpec(c.id(), c.tenantId(), c.provider(), account, c.region(),
				c.displayName(), c.settings()));
	}

}
