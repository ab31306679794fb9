package io.sentia.integrations.connection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sentia.integrations.connector.ConnectionCheck;
import io.sentia.integrations.connector.Connector;
import io.sentia.integrations.connector.ProviderCallException;
import io.sentia.integrations.connector.Secrets;
import io.sentia.integrations.credential.EncryptedCredentialVault;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's connections: created and changed with their secrets in one transaction,
 * checked against the provider's connector, deleted softly with their secrets wiped. Any
 * id of another tenant is "not found".
 */
public class Connections {

	private static final Logger log = LoggerFactory.getLogger(Connections.class);

	private static final Pattern SETTING = Pattern.compile("(settings\\.[A-Za-z0-9_.-]+): (.+)", Pattern.DOTALL);

	private final ConnectionRepository repository;

	private final EncryptedCredentialVault vault;

	private final ConnectorCatalog connectors;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Connections(ConnectionRepository repository, EncryptedCredentialVault vault, ConnectorCatalog connectors,
			TransactionTemplate transaction, Clock clock) {
		this.repository = repository;
		this.vault = vault;
		this.connectors = connectors;
		this.transaction = transaction;
		this.clock = clock;
	}

	List<ConnectionView> list(String tenantId) {
		return this.repository.list(tenantId).stream().map(this::view).toList();
	}

	ConnectionView get(String tenantId, UUID id) {
		return view(existing(tenantId, id));
	}

	ConnectionView create(String tenantId, NewConnection request) {
		Connector connector = this.connectors.forRequest(request.provider());
		Map<String, String> credentials = credentials(request.credentials());
		requireSecrets(connector, credentials);
		checkSettings(connector, request.settings());
		Instant now = now();
		Connection connection = new Connection(UUID.randomUUID(), tenantId, connector.provider(),
				blankToNull(request.account()), request.region(), request.displayName().trim(),
				(request.settings() != null) ? request.settings() : Map.of(), ConnectionStatus.ACTIVE, now, now);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.repository.insert(connection);
				this.vault.store(connection.id(), new Secrets(credentials));
			});
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(connection);
		}
		log.info("Connection {} created: {} {} for tenant {} with credentials {}", connection.id(),
				connection.provider().id(), connection.account(), tenantId, new TreeSet<>(credentials.keySet()));
		return view(connection);
	}

	ConnectionView change(String tenantId, UUID id, ConnectionChange change) {
		Map<String, String> credentials = (change.credentials() != null) ? credentials(change.credentials()) : null;
		try {
			Connection changed = this.transaction.execute((status) -> {
				Connection current = this.repository.lock(tenantId, id)
					.filter((connection) -> connection.status() != ConnectionStatus.DELETED)
					.orElseThrow(() -> notFound(id));
				if (credentials != null) {
					requireSecrets(this.connectors.forRequest(current.provider().id()), credentials);
				}
				checkSettings(this.connectors.forRequest(current.provider().id()), change.settings());
				Connection next = new Connection(current.id(), current.tenantId(), current.provider(),
						(change.account() != null) ? blankToNull(change.account()) : current.account(),
						(change.region() != null) ? change.region() : current.region(),
						(change.displayName() != null) ? change.displayName().trim() : current.displayName(),
						(change.settings() != null) ? change.settings() : current.settings(),
						(change.status() != null) ? ConnectionStatus.fromId(change.status()) : current.status(),
						current.createdAt(), now());
				this.repository.update(next);
				if (credentials != null) {
					this.vault.store(id, new Secrets(credentials));
				}
				return next;
			});
			return view(changed);
		}
		catch (DuplicateKeyException ex) {
			throw ApiProblemException
				.conflict("This tenant already has a connection to " + change.account() + "; change or delete that one")
				.withError("account", "is connected already");
		}
	}

	/**
	 * Deletes the connection and wipes its secrets; deleting it again changes nothing.
	 */
	void delete(String tenantId, UUID id) {
		this.transaction.executeWithoutResult((status) -> {
			Connection current = this.repository.lock(tenantId, id).orElseThrow(() -> notFound(id));
			if (current.status() == ConnectionStatus.DELETED) {
				return;
			}
			this.repository.update(new Connection(current.id(), current.tenantId(), current.provider(),
					current.account(), current.region(), current.displayName(), current.settings(),
					ConnectionStatus.DELETED, current.createdAt(), now()));
			this.vault.wipe(id);
		});
		log.info("Connection {} of tenant {} deleted and its credentials wiped", id, tenantId);
	}

	/**
	 * Makes the connector's one cheap authenticated call. A provider that cannot be
	 * reached is a failed check, not an error.
	 */
	ConnectionCheck test(String tenantId, UUID id) {
		Connection connection = existing(tenantId, id);
		Connector connector = this.connectors.forRequest(connection.provider().id());
		try {
			return connector.check(connection.spec());
		}
		catch (ProviderCallException ex) {
			return new ConnectionCheck(false, 0,
					connection.provider().id() + " could not be checked (" + ex.code() + "): " + ex.getMessage(),
					Map.of());
		}
	}

	private Connection existing(String tenantId, UUID id) {
		return this.repository.find(tenantId, id).orElseThrow(() -> notFound(id));
	}

	private ConnectionView view(Connection connection) {
		return ConnectionView.of(connection, this.vault.names(connection.id()));
	}

	private static void checkSettings(Connector connector, Map<String, String> settings) {
		if (settings == null) {
			return;
		}
		try {
			connector.checkSettings(settings);
		}
		catch (IllegalArgumentException ex) {
			throw settingRefused(ex.getMessage());
		}
	}

	private static void requireSecrets(Connector connector, Map<String, String> credentials) {
		Set<String> missing = new TreeSet<>(connector.requiredSecrets());
		missing.removeAll(credentials.keySet());
		if (!missing.isEmpty()) {
			throw ApiProblemException.invalidFields(missing.stream()
				.map((name) -> new InvalidField("credentials." + name, "is required for " + connector.provider().id()))
				.toList());
		}
	}

	private static Map<String, String> credentials(@Nullable Map<String, String> credentials) {
		if (credentials == null) {
			return Map.of();
		}
		credentials.forEach((name, value) -> {
			if (name == null || name.isBlank() || value == null || value.isBlank()) {
				throw (name == null || name.isBlank())
						? ApiProblemException.invalidField("credentials", "must not hold a blank name")
						: ApiProblemException.invalidField("credentials." + name, "must not be blank");
			}
		});
		return Map.copyOf(credentials);
	}

	private static ApiProblemException duplicate(Connection connection) {
		return ApiProblemException
			.conflict("This tenant already has a " + connection.provider().id() + " connection to "
					+ connection.account() + "; change or delete that one")
			.withError("account", "is connected already");
	}

	/**
	 * A connector names the setting first ({@code settings.allowedSenders: ...}); the
	 * problem names it as the field.
	 */
	private static ApiProblemException settingRefused(String message) {
		Matcher setting = SETTING.matcher(message);
		return setting.matches() ? ApiProblemException.invalidField(setting.group(1), setting.group(2))
				: ApiProblemException.invalidField("settings", message);
	}

	private static ApiProblemException notFound(UUID id) {
		return ApiProblemException.notFound("No connection " + id + ".");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private Instant now() {
		// Microseconds: what PostgreSQL keeps, so a response equals a later read.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
