package io.sentia.integrations.connector;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vault for connector tests that keeps the contract of {@link CredentialVault#refresh}
 * (one refresh at a time per connection, saved before it is returned) without a database.
 * The database-backed vault has its own tests.
 */
public class InMemoryCredentialVault implements CredentialVault {

	private final Map<UUID, Secrets> secrets = new ConcurrentHashMap<>();

	private final AtomicInteger refreshes = new AtomicInteger();

	@Override
	public Secrets read(UUID connectionId) {
		return this.secrets.getOrDefault(connectionId, new Secrets(Map.of()));
	}

	@Override
	public void store(UUID connectionId, Secrets secrets) {
		this.secrets.put(connectionId, secrets);
	}

	@Override
	public Secrets refresh(UUID connectionId, Refresher refresher) {
		synchronized (lockFor(connectionId)) {
			Secrets current = read(connectionId);
			Optional<Secrets> refreshed = refresher.refresh(current);
			if (refreshed.isEmpty()) {
				return current;
			}
			this.refreshes.incrementAndGet();
			store(connectionId, refreshed.get());
			return refreshed.get();
		}
	}

	/** How many refreshes produced new secrets. */
	public int refreshes() {
		return this.refreshes.get();
	}

	private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

	private Object lockFor(UUID connectionId) {
		return this.locks.computeIfAbsent(connectionId, (id) -> new Object());
	}

}
