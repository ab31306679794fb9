package io.sentia.auth.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.sentia.servicekit.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Users and memberships in {@code app_user} and {@code membership}. Emails are matched
 * ignoring case; passwords are only ever stored hashed by {@link PasswordHasher}. A
 * change to a membership or to whether a user may sign in is published through
 * {@link MemberEvents} in the same transaction.
 */
@Repository
public class Users {

	private static final String USER_COLUMNS = """
			id, email, display_name, password_hash, active, failed_attempts, locked_until, mfa_enabled,
			active_tenant_id, created_at, password_changed_at""";

	private final JdbcClient jdbc;

	private final PasswordHasher hasher;

	private final MemberEvents memberEvents;

	private final Clock clock;

	public Users(JdbcClient jdbc, PasswordHasher hasher, MemberEvents memberEvents, Clock clock) {
		this.jdbc = jdbc;
		this.hasher = hasher;
		this.memberEvents = memberEvents;
		this.clock = clock;
	}

	public Optional<User> findById(UUID id) {
		return this.jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE id = :id")
			.param("id", id)
			.query(Users::user)
			.optional();
	}

	public Optional<User> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE lower(email) = lower(:email)")
			.param("email", email.trim())
			.query(Users::user)
			.optional();
	}

	/**
	 * Creates a user.
	 * @param email sign-in email
	 * @param displayName name to show
	 * @param rawPassword the password, or {@code null} for an invited user who sets it
	 * later
	 * @return the new user
	 * @throws org.springframework.dao.DuplicateKeyException if the email is taken
	 */
	@Transactional
	public User create(String email, String displayName, @Nullable String rawPassword) {
		Assert.hasText(email, "email is required");
		Assert.hasText(displayName, "displayName is required");
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String hash = (rawPassword != null) ? this.hasher.encode(rawPassword) : null;
		this.jdbc.sql("""
				INSERT INTO app_user (id, email, display_name, password_hash, created_at, password_changed_at)
				VALUES (:id, :email, :name, :hash, :now, :changed)
				""")
			.param("id", id)
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.param("name", displayName.trim())
			.param("hash", hash)
			.param("now", utc(now))
			.param("changed", (hash != null) ? utc(now) : null)
			.update();
		return findById(id).orElseThrow();
	}

	/**
	 * Sets (replaces) a user's password and clears any lockout.
	 * @param userId the user
	 * @param rawPassword the new password
	 */
	@Transactional
	public void setPassword(UUID userId, String rawPassword) {
		Assert.hasText(rawPassword, "password is required");
		this.jdbc.sql("""
				UPDATE app_user SET password_hash = :hash, password_changed_at = :now, failed_attempts = 0,
				                    locked_until = NULL
				WHERE id = :id
				""")
			.param("hash", this.hasher.encode(rawPassword))
			.param("now", utc(this.clock.instant()))
			.param("id", userId)
			.update();
	}

	/**
	 * Gives a user a role in a tenant, replacing the role they had there.
	 * @param userId the user
	 * @param tenantId the tenant
	 * @param role the role
	 */
	@Transactional
	public void grant(UUID userId, UUID tenantId, Role role) {
		this.jdbc.sql("""
				INSERT INTO membership (tenant_id, user_id, role, created_at) VALUES (:tenant, :user, :role, :now)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET role = EXCLUDED.role
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("role", role.name())
			.param("now", utc(this.clock.instant()))
			.update();
		this.memberEvents.membershipChanged(tenantId, userId);
	}

	/**
	 * A user's memberships, oldest first (the first is the default tenant).
	 * @param userId the user
	 * @return the memberships
	 */
	public List<Membership> memberships(UUID userId) {
		return this.jdbc.sql("""
				SELECT m.tenant_id, t.name, m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id
				WHERE m.user_id = :user ORDER BY m.created_at, t.name
				""")
			.param("user", userId)
			.query((rs, row) -> new Membership(rs.getObject(1, UUID.class), rs.getString(2),
					Role.valueOf(rs.getString(3))))
			.list();
	}

	/**
	 * The membership a user's tokens act in: the chosen active tenant while the user is
	 * still a member there, otherwise the first membership.
	 * @param user the user
	 * @return the membership, empty when the user belongs to no tenant
	 */
	public Optional<Membership> actingMembership(User user) {
		List<Membership> memberships = memberships(user.id());
		return memberships.stream()
			.filter((membership) -> membership.tenantId().equals(user.activeTenantId()))
			.findFirst()
			.or(() -> memberships.stream().findFirst());
	}

	/**
	 * Chooses the tenant a user's next tokens act in.
	 * @param userId the user
	 * @param tenantId a tenant the user is a member of
	 * @return {@code false} if the user is not a member of that tenant (nothing changed)
	 */
	@Transactional
	public boolean chooseActiveTenant(UUID userId, UUID tenantId) {
		return this.jdbc.sql("""
				UPDATE app_user SET active_tenant_id = :tenant
				WHERE id = :user AND EXISTS (SELECT 1 FROM membership WHERE user_id = :user AND tenant_id = :tenant)
				""").param("tenant", tenantId).param("user", userId).update() == 1;
	}

	/**
	 * Counts a failed sign-in; the {@code threshold}-th consecutive failure locks the
	 * account for {@code lockFor} and starts the count again. One atomic statement, so
	 * parallel attempts cannot skip the lockout.
	 * @param userId the user
	 * @param threshold failures that lock the account
	 * @param lockFor how long a lockout lasts
	 * @return the end of the lockout if this failure locked the account
	 */
	@Transactional
	public Optional<Instant> recordFailedSignIn(UUID userId, int threshold, Duration lockFor) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				UPDATE app_user SET
				    failed_attempts = CASE WHEN failed_attempts + 1 >= :threshold THEN 0 ELSE failed_attempts + 1 END,
				    locked_until = CASE WHEN failed_attempts + 1 >= :threshold THEN CAST(:until AS timestamptz)
				                   ELSE locked_until END
				WHERE id = :id
				RETURNING CASE WHEN failed_attempts = 0 THEN locked_until END
				""")
			.param("threshold", threshold)
			.param("until", utc(now.plus(lockFor)))
			.param("id", userId)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
				.map(OffsetDateTime::toInstant))
			.optional()
			.flatMap((locked) -> locked);
	}

	/**
	 * Clears the failure count after a successful sign-in.
	 * @param userId the user
	 */
	@Transactional
	public void recordSuccessfulSignIn(UUID userId) {
		this.jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
			.param("id", userId)
			.update();
	}

	/**
	 * Activates or deactivates a user; a deactivated user can neither sign in nor refresh
	 * tokens.
	 * @param userId the user
	 * @param active the new state
	 * @return whether the user exists
	 */
	@Transactional
	public boolean setActive(UUID userId, boolean active) {
		boolean exists = this.jdbc.sql("UPDATE app_user SET active = :active WHERE id = :id")
			.param("active", active)
			.param("id", userId)
			.update() == 1;
		if (exists) {
			this.memberEvents.userChanged(userId);
		}
		return exists;
	}

	private static User user(ResultSet rs, int row) throws SQLException {
		return new User(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getBoolean("active"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), rs.getBoolean("mfa_enabled"), rs.getObject("active_tenant_id", UUID.class),
				instant(rs, "created_at"), instant(rs, "password_changed_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
