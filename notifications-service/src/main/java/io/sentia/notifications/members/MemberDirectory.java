package io.sentia.notifications.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code member} read model. A state is stored unless one at least as new is stored
 * already; members of a tenant not announced yet are kept all the same.
 */
public class MemberDirectory {

	private final JdbcClient jdbc;

	public MemberDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a member's state unless a newer one is stored.
	 * @param member the state
	 */
	public void upsert(Member member) {
		this.jdbc.sql("""
				INSERT INTO member (tenant_id, user_id, email, display_name, roles, active, locale, changed_at)
				VALUES (:tenant, :user, :email, :name, :roles, :active, :locale, :changedAt)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET
				    email = EXCLUDED.email, display_name = EXCLUDED.display_name, roles = EXCLUDED.roles,
				    active = EXCLUDED.active, locale = EXCLUDED.locale, changed_at = EXCLUDED.changed_at
				WHERE member.changed_at < EXCLUDED.changed_at
				""")
			.param("tenant", member.tenantId())
			.param("user", member.userId())
			.param("email", member.email())
			.param("name", member.displayName())
			.param("roles", member.roles().toArray(String[]::new))
			.param("active", member.active())
			.param("locale", member.locale())
			.param("changedAt", member.changedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * One member, active or not.
	 * @param tenantId the tenant
	 * @param userId the user
	 * @return the member, or empty when auth-service has not announced them
	 */
	public Optional<Member> find(String tenantId, String userId) {
		return this.jdbc.sql("SELECT * FROM member WHERE tenant_id = :tenant AND user_id = :user")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(MemberDirectory::member)
			.optional();
	}

	/**
	 * The active members holding a role.
	 * @param tenantId the tenant
	 * @param role e.g. {@code MANAGER}
	 * @return them, by user id
	 */
	public List<Member> activeWithRole(String tenantId, String role) {
		return this.jdbc
			.sql("SELECT * FROM member WHERE tenant_id = :tenant AND active AND :role = ANY (roles) ORDER BY user_id")
			.param("tenant", tenantId)
			.param("role", role)
			.query(MemberDirectory::member)
			.list();
	}

	private static Member member(ResultSet row, int number) throws SQLException {
		Array roles = row.getArray("roles");
		return new Member(row.getString("tenant_id"), row.getString("user_id"), row.getString("email"),
				row.getString("display_name"), Arrays.asList((String[]) roles.getArray()), row.getBoolean("active"),
				row.getString("locale"), row.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

}
