package io.sentia.auth.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.sentia.events.MemberChanged;
import io.sentia.servicekit.outbox.OutboxPublisher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link MemberChanged} on {@code auth.members.v1} through the outbox, in the
 * transaction of the change: the whole current state of one person's membership in one
 * tenant, read back from the database after the change, so every caller publishes the
 * same shape. Called wherever a membership is created, changes role or is removed, and
 * wherever a user is enabled or disabled or changes name or e-mail (then for each of the
 * user's memberships).
 * <p>
 * Each publication is recorded in {@code member_publication}, so
 * {@link #publishUnpublished} can publish, once, the memberships that existed before this
 * code ran.
 */
@Component
public class MemberEvents {

	private final JdbcClient jdbc;

	private final OutboxPublisher outbox;

	private final Clock clock;

	MemberEvents(JdbcClient jdbc, OutboxPublisher outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Publishes the current state of a user's membership of a tenant: its role, or
	 * inactive with no roles if there is no membership (any more).
	 * @param tenantId the tenant
	 * @param userId the user
	 */
	@Transactional
	public void membershipChanged(UUID tenantId, UUID userId) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				SELECT u.email, u.display_name, u.active, m.role
				FROM app_user u LEFT JOIN membership m ON m.user_id = u.id AND m.tenant_id = :tenant
				WHERE u.id = :user
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.query((rs, row) -> event(tenantId, userId, rs.getString("email"), rs.getString("display_name"),
					rs.getBoolean("active"), rs.getString("role"), now))
			.optional()
			.ifPresent((event) -> publish(tenantId, userId, event, now));
	}

	/**
	 * Publishes every membership of a user, after a change to the user (enabled,
	 * disabled, name, e-mail).
	 * @param userId the user
	 */
	@Transactional
	public void userChanged(UUID userId) {
		List<UUID> tenants = this.jdbc.sql("SELECT tenant_id FROM membership WHERE user_id = :user ORDER BY tenant_id")
			.param("user", userId)
			.query(UUID.class)
			.list();
		for (UUID tenantId : tenants) {
			membershipChanged(tenantId, userId);
		}
	}

	/**
	 * Publishes, once, up to {@code limit} memberships that have never been published
	 * (those that existed before auth-service published memberships, or were written
	 * around this class). Claiming a membership and publishing it commit together, so
	 * instances starting at once publish each membership once.
	 * @param limit most memberships to publish in this transaction
	 * @return how many were published
	 */
	@Transactional
	public int publishUnpublished(int limit) {
		Instant now = this.clock.instant();
		List<MemberChanged> events = this.jdbc.sql("""
				WITH claimed AS (
				    INSERT INTO member_publication (tenant_id, user_id, published_at)
				    SELECT m.tenant_id, m.user_id, :now FROM membership m
				    WHERE NOT EXISTS (SELECT 1 FROM member_publication p
				                      WHERE p.tenant_id = m.tenant_id AND p.user_id = m.user_id)
				    ORDER BY m.created_at, m.tenant_id, m.user_id
				    LIMIT :limit
				    ON CONFLICT (tenant_id, user_id) DO NOTHING
				    RETURNING tenant_id, user_id
				)
				SELECT c.tenant_id, c.user_id, u.email, u.display_name, u.active, m.role
				FROM claimed c
				JOIN app_user u ON u.id = c.user_id
				LEFT JOIN membership m ON m.tenant_id = c.tenant_id AND m.user_id = c.user_id
				ORDER BY c.tenant_id, c.user_id
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, row) -> event(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("email"), rs.getString("display_name"), rs.getBoolean("active"), rs.getString("role"),
					now))
			.list();
		events.forEach(this.outbox::publish);
		return events.size();
	}

	private void publish(UUID tenantId, UUID userId, MemberChanged event, Instant now) {
		this.outbox.publish(event);
		this.jdbc.sql("""
				INSERT INTO member_publication (tenant_id, user_id, published_at) VALUES (:tenant, :user, :now)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET published_at = EXCLUDED.published_at
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static MemberChanged event(UUID tenantId, UUID userId, String email, String displayName, boolean userActive,
			String role, Instant now) {
		List<String> roles = (role != null) ? List.of(role) : List.of();
		String name = (displayName != null && !displayName.isBlank()) ? displayName : email;
		return new MemberChanged(tenantId.toString(), userId.toString(), email, name, roles, userActive && role != null,
				null, now);
	}

}
