package io.sentia.auth.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.sentia.auth.user.MemberEvents;
import io.sentia.servicekit.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members of a tenant in the database. Every query names the tenant, so an id from
 * another tenant finds nothing. Every change is published through {@link MemberEvents}.
 */
@Repository
class Memberships {

	private static final String MEMBER_COLUMNS = """
			SELECT u.id, u.email, u.display_name, m.role, u.password_hash IS NOT NULL AS password_set, u.mfa_enabled,
			       COALESCE(u.locked_until > :now, false) AS locked, m.created_at
			FROM membership m JOIN app_user u ON u.id = m.user_id
			""";

	private final JdbcClient jdbc;

	private final MemberEvents memberEvents;

	Memberships(JdbcClient jdbc, MemberEvents memberEvents) {
		this.jdbc = jdbc;
		this.memberEvents = memberEvents;
	}

	List<Member> list(UUID tenantId, Instant now) {
		return this.jdbc.sql(MEMBER_COLUMNS + " WHERE m.tenant_id = :tenantId ORDER BY lower(u.email)")
			.param("tenantId", tenantId)
			.param("now", utc(now))
			.query(Memberships::member)
			.list();
	}

	Optional<Member> find(UUID tenantId, UUID userId, Instant now) {
		return this.jdbc.sql(MEMBER_COLUMNS + " WHERE m.tenant_id = :tenantId AND m.user_id = :userId")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.param("now", utc(now))
			.query(Memberships::member)
			.optional();
	}

	/**
	 * Locks the tenant's row until the transaction ends, so two admins changing roles at
	 * once cannot both pass the last-admin guard.
	 * @param tenantId the tenant
	 * @return the tenant's name, or empty if there is no such tenant
	 */
	Optional<String> lockTenant(UUID tenantId) {
		return this.jdbc.sql("SELECT name FROM tenant WHERE id = :tenantId FOR UPDATE")
			.param("tenantId", tenantId)
			.query(String.class)
			.optional();
	}

	/**
	 * Counts the tenant's ADMINs who can still act (active accounts) other than one user.
	 * @param tenantId the tenant
	 * @param userId the user to leave out
	 * @return the number of other active ADMINs
	 */
	int otherActiveAdmins(UUID tenantId, UUID userId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM membership m JOIN app_user u ON u.id = m.user_id
				WHERE m.tenant_id = :tenantId AND m.role = 'ADMIN' AND u.active AND u.id <> :userId
				""").param("tenantId", tenantId).param("userId", userId).query(Integer.class).single();
	}

	boolean isMember(UUID tenantId, UUID userId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM membership WHERE tenant_id = :tenantId AND user_id = :userId)")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.query(Boolean.class)
			.single();
	}

	void addMember(UUID tenantId, UUID userId, Role role, Instant now) {
		this.jdbc.sql("""
				INSERT INTO membership (tenant_id, user_id, role, created_at)
				VALUES (:tenantId, :userId, :role, :now)
				""")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.param("role", role.name())
			.param("now", utc(now))
			.update();
		this.memberEvents.membershipChanged(tenantId, userId);
	}

	void changeRole(UUID tenantId, UUID userId, Role role) {
		this.jdbc.sql("UPDATE membership SET role = :role WHERE tenant_id = :tenantId AND user_id = :userId")
			.param("role", role.name())
			.param("tenantId", tenantId)
			.param("userId", userId)
			.update();
		this.memberEvents.membershipChanged(tenantId, userId);
	}

	/**
	 * Ends a user's membership of a tenant: they can no longer get tokens for it. A user
	 * who had it as their active tenant falls back to another membership at next sign-in.
	 * @param tenantId the tenant
	 * @param userId the user
	 */
	void removeMember(UUID tenantId, UUID userId) {
		this.jdbc.sql("DELETE FROM membership WHERE tenant_id = :tenantId AND user_id = :userId")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.update();
		this.jdbc.sql("UPDATE app_user SET active_tenant_id = NULL WHERE id = :userId AND active_tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.update();
		this.memberEvents.membershipChanged(tenantId, userId);
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("password_set"), rs.getBoolean("mfa_enabled"),
				rs.getBoolean("locked"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
