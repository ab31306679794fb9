package io.sentia.auth.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.audit.AuditEntry;
import io.sentia.auth.audit.AuditLog;
import io.sentia.events.AuditRecorded.Actor;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.events.TenantCreated;
import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds tenants. A new tenant is published as {@link TenantCreated} and
 * audited in the transaction that creates it.
 */
@Service
public class Tenants {

	private final JdbcClient jdbc;

	private final OutboxPublisher outbox;

	private final AuditLog audit;

	private final Clock clock;

	public Tenants(JdbcClient jdbc, OutboxPublisher outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a tenant.
	 * @param tenant what to create
	 * @param actor who creates it
	 * @return the tenant
	 * @throws ApiProblemException 409 if the slug or id is taken, 400 for an unknown time
	 * zone
	 */
	@Transactional
	public Tenant create(NewTenant tenant, Actor actor) {
		if (!tenant.hasValidTimeZone()) {
			throw ApiProblemException.invalidField("timeZone",
					"must be an IANA time zone such as Europe/London, not '" + tenant.timeZone() + "'");
		}
		UUID id = (tenant.id() != null) ? tenant.id() : UUID.randomUUID();
		Instant now = this.clock.instant();
		int inserted = this.jdbc.sql("""
				INSERT INTO tenant (id, slug, name, base_currency, time_zone, created_at)
				VALUES (:id, :slug, :name, :currency, :zone, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("slug", tenant.slug())
			.param("name", tenant.name().trim())
			.param("currency", tenant.baseCurrency())
			.param("zone", tenant.timeZone())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			throw ApiProblemException.conflict("A tenant with slug '" + tenant.slug() + "' or this id already exists.");
		}
		Tenant created = find(id).orElseThrow();
		this.outbox.publish(new TenantCreated(id.toString(), created.name(), created.slug(), created.baseCurrency(),
				created.timeZone(), created.createdAt()));
		this.audit.record(AuditEntry.of(actor, id, "tenant.created", Outcome.SUCCESS)
			.withTarget("tenant", id.toString())
			.withDetail("slug", created.slug()));
		return created;
	}

	public Optional<Tenant> find(UUID id) {
		return this.jdbc.sql("SELECT id, slug, name, base_currency, time_zone, created_at FROM tenant WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Tenant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * Whether any tenant exists (the database has been bootstrapped).
	 * @return {@code true} if at least one tenant exists
	 */
	public boolean any() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenant)").query(Boolean.class).single();
	}

}
