package io.sentia.notifications.channels.configurations;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.sentia.notifications.channels.ChannelSecrets;
import io.sentia.notifications.channels.TargetAddresses;
import io.sentia.notifications.delivery.Channel;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The tenant's Slack and Teams configurations: created with their URL checked and sealed,
 * listed without it, deleted; and the opened URL for the senders.
 */
@Service
public class ChannelConfigurations {

	static final String URL_PURPOSE = "sentia.notifications.channel-url";

	private static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final ChannelSecrets secrets;

	private final TargetAddresses addresses;

	private final Clock clock;

	ChannelConfigurations(JdbcClient jdbc, ChannelSecrets secrets, TargetAddresses addresses) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.addresses = addresses;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Adds a configuration; the same type, name and URL again answers the one there is,
	 * so a retried request does not fail.
	 */
	Saved create(String tenantId, String createdBy, ChannelConfigurationRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		Channel channel = channel(request.type());
		if (channel == null) {
			errors.add(new InvalidField("type", "must be slack or teams"));
		}
		String name = (request.name() != null) ? request.name().strip() : "";
		if (name.isEmpty() || name.length() > MAX_NAME) {
			errors.add(new InvalidField("name", "must be 1 to " + MAX_NAME + " characters"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		URI url = this.addresses.checkSubmitted("url", request.url());
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		try {
			this.jdbc.sql("""
					INSERT INTO channel_configuration (tenant_id, configuration_id, channel, name, sealed_url,
					                                   created_by, created_at)
					VALUES (:tenant, :id, :channel, :name, :sealed, :createdBy, :createdAt)
					""")
				.param("tenant", tenantId)
				.param("id", id)
				.param("channel", channel.name())
				.param("name", name)
				.param("sealed", this.secrets.seal(URL_PURPOSE, subject(tenantId, id), url.toString()))
				.param("createdBy", createdBy)
				.param("createdAt", Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return new Saved(sameAgain(tenantId, channel, name, url).orElseThrow(
					() -> ApiProblemException.conflict("A channel configuration named '" + name + "' exists already.")
						.withError("name", "is taken")),
					false);
		}
		return new Saved(new ChannelConfiguration(id, type(channel), name, masked(url), createdBy, now), true);
	}

	private Optional<ChannelConfiguration> sameAgain(String tenantId, Channel channel, String name, URI url) {
		return this.jdbc.sql("""
				SELECT configuration_id, channel, name, sealed_url, created_by, created_at
				FROM channel_configuration WHERE tenant_id = :tenant AND lower(name) = lower(:name)
				""").param("tenant", tenantId).param("name", name).query((rs, row) -> {
			UUID id = rs.getObject("configuration_id", UUID.class);
			boolean same = rs.getString("channel").equals(channel.name()) && url.toString()
				.equals(this.secrets.open(URL_PURPOSE, subject(tenantId, id), rs.getBytes("sealed_url")));
			return same ? new ChannelConfiguration(id, type(channel), rs.getString("name"), masked(url),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()) : null;
		}).list().stream().filter(Objects::nonNull).findFirst();
	}

	/**
	 * A configuration as saved.
	 *
	 * @param configuration the configuration, with its masked URL
	 * @param created whether this request created it
	 */
	record Saved(ChannelConfiguration configuration, boolean created) {
	}

	List<ChannelConfiguration> all(String tenantId) {
		return this.jdbc.sql("""
				SELECT configuration_id, channel, name, created_by, created_at
				FROM channel_configuration WHERE tenant_id = :tenant ORDER BY lower(name)
				""")
			.param("tenant", tenantId)
			.query((rs, row) -> new ChannelConfiguration(rs.getObject("configuration_id", UUID.class),
					type(Channel.valueOf(rs.getString("channel"))), rs.getString("name"), null,
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void delete(String tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM channel_configuration WHERE tenant_id = :tenant AND configuration_id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/**
	 * Whether a configuration exists.
	 * @param tenantId the tenant
	 * @param channel {@link Channel#SLACK} or {@link Channel#TEAMS}
	 * @param id the configuration id
	 * @return whether the tenant has it
	 */
	public boolean exists(String tenantId, Channel channel, String id) {
		UUID uuid = uuid(id);
		return uuid != null && this.jdbc
			.sql("SELECT count(*) FROM channel_configuration "
					+ "WHERE tenant_id = :tenant AND configuration_id = :id AND channel = :channel")
			.param("tenant", tenantId)
			.param("id", uuid)
			.param("channel", channel.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The opened URL of a configuration, for its sender.
	 * @param tenantId the tenant
	 * @param channel {@link Channel#SLACK} or {@link Channel#TEAMS}
	 * @param id the configuration id
	 * @return the URL, or empty when the tenant has no such configuration
	 */
	public Optional<URI> url(String tenantId, Channel channel, String id) {
		UUID uuid = uuid(id);
		if (uuid == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT sealed_url FROM channel_configuration
				WHERE tenant_id = :tenant AND configuration_id = :id AND channel = :channel
				""")
			.param("tenant", tenantId)
			.param("id", uuid)
			.param("channel", channel.name())
			.query(byte[].class)
			.optional()
			.map((sealed) -> URI.create(this.secrets.open(URL_PURPOSE, subject(tenantId, uuid), sealed)));
	}

	/**
	 * The URL's scheme and host, and its last four characters: enough to tell it apart.
	 */
	static String masked(URI url) {
		String text = url.toString();
		String tail = (text.length() > 24) ? text.substring(text.length() - 4) : "";
		return url.getScheme() + "://" + url.getHost() + "/…" + tail;
	}

	private static String subject(String tenantId, UUID id) {
		return tenantId + "/" + id;
	}

	private static Channel channel(String type) {
		if (type == null) {
			return null;
		}
		return switch (type.strip().toLowerCase(Locale.ROOT)) {
			case "slack" -> Channel.SLACK;
			case "teams" -> Channel.TEAMS;
			default -> null;
		};
	}

	private static String type(Channel channel) {
		return channel.name().toLowerCase(Locale.ROOT);
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
