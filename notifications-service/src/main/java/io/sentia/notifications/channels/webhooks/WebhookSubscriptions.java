package io.sentia.notifications.channels.webhooks;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.notifications.channels.ChannelSecrets;
import io.sentia.notifications.channels.TargetAddresses;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's webhook subscriptions and their signing secrets: created, changed,
 * deleted, disabled after a failure streak and enabled again; secrets sealed at rest,
 * rotated with the previous one signing too for
 * {@link WebhookProperties#secretOverlap()}.
 */
@Service
public class WebhookSubscriptions {

	static final String SECRET_PURPOSE = "sentia.notifications.webhook-secret";

	private static final int MAX_DESCRIPTION = 500;

	private final JdbcClient jdbc;

	private final ChannelSecrets secrets;

	private final TargetAddresses addresses;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookSubscriptions(JdbcClient jdbc, ChannelSecrets secrets, TargetAddresses addresses,
			WebhookProperties properties) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.addresses = addresses;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	WebhookAnswers.Created create(String tenantId, String createdBy, WebhookSubscriptionRequest request) {
		URI url = this.addresses.checkSubmitted("url", request.url());
		List<String> eventTypes = eventTypes(request.eventTypes(), true);
		String description = description(request.description());
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO webhook_subscription (tenant_id, subscription_id, url, event_types, description, enabled,
				                                  created_by, created_at, updated_at)
				VALUES (:tenant, :id, :url, CAST(:types AS text[]), :description, true, :createdBy, :now, :now)
				""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("url", url.toString())
			.param("types", arrayLiteral(eventTypes))
			.param("description", description)
			.param("createdBy", createdBy)
			.param("now", now)
			.update();
		String secret = addSecret(tenantId, id);
		return new WebhookAnswers.Created(find(tenantId, id), secret);
	}

	List<WebhookSubscription> all(String tenantId) {
		return this.jdbc
			.sql("SELECT * FROM webhook_subscription WHERE tenant_id = :tenant ORDER BY created_at, "
					+ "subscription_id")
			.param("tenant", tenantId)
			.query((rs, row) -> subscription(rs))
			.list();
	}

	WebhookSubscription find(String tenantId, UUID id) {
		return lookup(tenantId, id).orElseThrow(() -> ApiProblemException.notFound("No webhook subscription " + id));
	}

	@Transactional
	WebhookSubscription update(String tenantId, UUID id, WebhookSubscriptionRequest request) {
		WebhookSubscription current = find(tenantId, id);
		URI url = (request.url() != null) ? this.addresses.checkSubmitted("url", request.url())
				: URI.create(current.url());
		List<String> eventTypes = (request.eventTypes() != null) ? eventTypes(request.eventTypes(), true)
				: current.eventTypes();
		String description = (request.description() != null) ? description(request.description())
				: current.description();
		this.jdbc
			.sql("""
					UPDATE webhook_subscription SET url = :url, event_types = CAST(:types AS text[]), description = :description,
					       updated_at = :now
					WHERE tenant_id = :tenant AND subscription_id = :id
					""")
			.param("url", url.toString())
			.param("types", arrayLiteral(eventTypes))
			.param("description", description)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("tenant", tenantId)
			.param("id", id)
			.update();
		return find(tenantId, id);
	}

	void delete(String tenantId, UUID id) {
		this.jdbc.sql("DELETE FROM webhook_subscription WHERE tenant_id = :tenant AND subscription_id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/**
	 * Rotates the signing secret: a new one signs from now on, the previous one too until
	 * the overlap ends; secrets whose overlap ended are dropped.
	 */
	@Transactional
	WebhookAnswers.Rotated rotate(String tenantId, UUID id) {
		find(tenantId, id);
		Instant now = this.clock.instant();
		Instant until = now.plus(this.properties.secretOverlap());
		this.jdbc.sql("""
				DELETE FROM webhook_secret
				WHERE tenant_id = :tenant AND subscription_id = :id AND valid_until IS NOT NULL AND valid_until <= :now
				""").param("tenant", tenantId).param("id", id).param("now", Timestamp.from(now)).update();
		this.jdbc.sql("""
				UPDATE webhook_secret SET valid_until = :until
				WHERE tenant_id = :tenant AND subscription_id = :id AND (valid_until IS NULL OR valid_until > :until)
				""").param("until", Timestamp.from(until)).param("tenant", tenantId).param("id", id).update();
		return new WebhookAnswers.Rotated(addSecret(tenantId, id), until);
	}

	@Transactional
	WebhookSubscription enable(String tenantId, UUID id) {
		find(tenantId, id);
		this.jdbc.sql("""
				UPDATE webhook_subscription SET enabled = true, disabled_reason = NULL, disabled_at = NULL,
				       updated_at = :now
				WHERE tenant_id = :tenant AND subscription_id = :id
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("tenant", tenantId)
			.param("id", id)
			.update();
		return find(tenantId, id);
	}

	/**
	 * Stops deliveries to a subscription until a person enables it again.
	 * @param tenantId the tenant
	 * @param id the subscription id
	 * @param reason why, for people
	 */
	void disable(String tenantId, String id, String reason) {
		UUID uuid = uuid(id);
		if (uuid == null) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				UPDATE webhook_subscription SET enabled = false, disabled_reason = :reason, disabled_at = :now,
				       updated_at = :now
				WHERE tenant_id = :tenant AND subscription_id = :id AND enabled
				""")
			.param("reason", (reason.length() > MAX_DESCRIPTION) ? reason.substring(0, MAX_DESCRIPTION) : reason)
			.param("now", now)
			.param("tenant", tenantId)
			.param("id", uuid)
			.update();
	}

	/**
	 * A subscription by the id a delivery's target carries.
	 * @param tenantId the tenant
	 * @param id the subscription id
	 * @return it, or empty when the tenant has none such
	 */
	Optional<WebhookSubscription> lookup(String tenantId, String id) {
		UUID uuid = uuid(id);
		return (uuid != null) ? lookup(tenantId, uuid) : Optional.empty();
	}

	private Optional<WebhookSubscription> lookup(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT * FROM webhook_subscription WHERE tenant_id = :tenant AND subscription_id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, row) -> subscription(rs))
			.optional();
	}

	/**
	 * The enabled subscriptions of a tenant that want an event type, oldest first.
	 * @param tenantId the tenant
	 * @param eventType the event type
	 * @return their ids
	 */
	public List<UUID> subscribers(String tenantId, String eventType) {
		return this.jdbc.sql("""
				SELECT subscription_id FROM webhook_subscription
				WHERE tenant_id = :tenant AND enabled AND (:type = ANY (event_types) OR '*' = ANY (event_types))
				ORDER BY created_at, subscription_id
				""").param("tenant", tenantId).param("type", eventType).query(UUID.class).list();
	}

	/**
	 * Whether an enabled subscription exists.
	 * @param tenantId the tenant
	 * @param id the subscription id
	 * @return whether the tenant has it, enabled
	 */
	public boolean existsEnabled(String tenantId, String id) {
		return lookup(tenantId, id).map(WebhookSubscription::enabled).orElse(false);
	}

	/** The secrets that sign now, newest first. */
	List<String> signingSecrets(String tenantId, UUID id) {
		return this.jdbc.sql("""
				SELECT secret_id, sealed_secret FROM webhook_secret
				WHERE tenant_id = :tenant AND subscription_id = :id AND (valid_until IS NULL OR valid_until > :now)
				ORDER BY created_at DESC, secret_id
				""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> this.secrets.open(SECRET_PURPOSE,
					subject(tenantId, id, rs.getObject("secret_id", UUID.class)), rs.getBytes("sealed_secret")))
			.list();
	}

	private String addSecret(String tenantId, UUID id) {
		String secret = WebhookSigner.newSecret();
		UUID secretId = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO webhook_secret (tenant_id, subscription_id, secret_id, sealed_secret, created_at)
				VALUES (:tenant, :id, :secretId, :sealed, :now)
				""")
			.param("tenant", tenantId)
			.param("id", id)
			.param("secretId", secretId)
			.param("sealed", this.secrets.seal(SECRET_PURPOSE, subject(tenantId, id, secretId), secret))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return secret;
	}

	private static List<String> eventTypes(@Nullable List<String> types, boolean required) {
		if (types == null || types.isEmpty()) {
			if (required) {
				throw ApiProblemException.invalidField("eventTypes",
						"must name at least one event type, e.g. alert.raised, or *");
			}
			return List.of();
		}
		List<InvalidField> errors = new ArrayList<>();
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < types.size(); i++) {
			String type = (types.get(i) != null) ? types.get(i).strip() : "";
			if (!WebhookEventTypes.isKnown(type)) {
				errors.add(new InvalidField("eventTypes[" + i + "]",
						"must be one of " + String.join(", ", WebhookEventTypes.KNOWN) + " or *"));
			}
			distinct.add(type);
		}
		if (!errors.isEmpty()) {
			throw ApiProblemException.invalidFields(errors);
		}
		return List.copyOf(distinct);
	}

	/**
	 * A PostgreSQL array literal of event types, which {@link #eventTypes} allowed from a
	 * fixed list.
	 */
	private static String arrayLiteral(List<String> eventTypes) {
		return "{" + String.join(",", eventTypes.stream().map((type) -> "\"" + type + "\"").toList()) + "}";
	}

	private static @Nullable String description(@Nullable String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw ApiProblemException.invalidField("description", "must be at most " + MAX_DESCRIPTION + " characters");
		}
		return description.strip();
	}

	private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
		Array types = rs.getArray("event_types");
		Timestamp disabledAt = rs.getTimestamp("disabled_at");
		return new WebhookSubscription(rs.getObject("subscription_id", UUID.class), rs.getString("url"),
				List.copyOf(Arrays.asList((String[]) types.getArray())), rs.getString("description"),
				rs.getBoolean("enabled"), rs.getString("disabled_reason"),
				(disabledAt != null) ? disabledAt.toInstant() : null, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static String subject(String tenantId, UUID id, UUID secretId) {
		return tenantId + "/" + id + "/" + secretId;
	}

	private static @Nullable UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
