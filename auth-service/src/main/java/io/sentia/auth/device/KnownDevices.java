package io.sentia.auth.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.sentia.auth.accountmail.AccountMail;
import io.sentia.auth.accountmail.AccountMail.Recipient;
import io.sentia.auth.audit.AuditEntry;
import io.sentia.events.AuditRecorded.Outcome;
import io.sentia.auth.audit.AuditLog;
import io.sentia.auth.user.Membership;
import io.sentia.auth.user.User;
import io.sentia.auth.user.Users;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognises the browser a person completes sign-in from (after the second factor, when
 * they have one). A browser carries a random id in the {@value #COOKIE} cookie, sent only
 * to the sign-in pages; the account's known browsers are stored as that id's SHA-256.
 * <p>
 * A sign-in from a browser the account has not used before asks notifications-service to
 * mail the account's owner, unless it is the account's first browser ever (a new account,
 * or the first sign-in since this check exists): there is nothing to compare it with, and
 * the person who just set their password would only be told what they did.
 */
@Component
public class KnownDevices {

	/** The cookie naming the browser. */
	public static final String COOKIE = "SENTIA_DEVICE";

	/**
	 * How long a browser stays known without signing in (browsers cap cookies at 400
	 * days).
	 */
	static final Duration REMEMBERED_FOR = Duration.ofDays(400);

	private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final int MAX_USER_AGENT = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Users users;

	private final AccountMail mail;

	private final AuditLog audit;

	private final Clock clock;

	KnownDevices(JdbcClient jdbc, Users users, AccountMail mail, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that a user completed sign-in from the request's browser, mails them if the
	 * browser is new to their account, and (re)sets the browser's cookie.
	 * @param request the request that completed sign-in
	 * @param response its response, which gets the cookie
	 * @param userId who signed in
	 * @return whether the browser was new to the account
	 */
	@Transactional
	public boolean signedIn(HttpServletRequest request, HttpServletResponse response, UUID userId) {
		String deviceId = presentedId(request);
		if (deviceId != null && touch(userId, deviceId)) {
			remember(request, response, deviceId);
			return false;
		}
		String id = (deviceId != null) ? deviceId : newId();
		Instant now = this.clock.instant();
		boolean firstEver = this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM known_device WHERE user_id = :user)")
			.param("user", userId)
			.query(Boolean.class)
			.single();
		String userAgent = userAgent(request);
		this.jdbc.sql("""
				INSERT INTO known_device (user_id, device_hash, user_agent, first_seen_at, last_seen_at)
				VALUES (:user, :hash, :agent, :now, :now)
				ON CONFLICT (user_id, device_hash) DO UPDATE SET last_seen_at = excluded.last_seen_at
				""")
			.param("user", userId)
			.param("hash", sha256(id))
			.param("agent", userAgent)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		remember(request, response, id);
		if (!firstEver) {
			tell(userId, request, userAgent, now);
		}
		return true;
	}

	private boolean touch(UUID userId, String deviceId) {
		return this.jdbc
			.sql("UPDATE known_device SET last_seen_at = :now WHERE user_id = :user AND device_hash = :hash")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("user", userId)
			.param("hash", sha256(deviceId))
			.update() == 1;
	}

	private void tell(UUID userId, HttpServletRequest request, @Nullable String userAgent, Instant now) {
		User user = this.users.findById(userId).orElse(null);
		UUID tenantId = (user != null) ? this.users.actingMembership(user).map(Membership::tenantId).orElse(null)
				: null;
		if (user == null || tenantId == null) {
			return;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("signedInAt", now.toString());
		facts.put("browser", (userAgent != null) ? userAgent : "not given");
		facts.put("address", request.getRemoteAddr());
		this.mail.newDeviceSignIn(tenantId, new Recipient(user.id(), user.email(), user.displayName()), facts);
		this.audit.record(
				AuditEntry.of(AuditEntry.user(user.id(), user.email()), tenantId, "login.new_device", Outcome.SUCCESS)
					.withTarget("user", user.id().toString())
					.withDetail("browser", facts.get("browser"))
					.withClientAddress(request.getRemoteAddr()));
	}

	private void remember(HttpServletRequest request, HttpServletResponse response, String deviceId) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, deviceId)
			.path("/login")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(REMEMBERED_FOR)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static @Nullable String presentedId(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && DEVICE_ID.matcher(cookie.getValue()).matches()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static @Nullable String userAgent(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		if (agent == null || agent.isBlank()) {
			return null;
		}
		String printable = agent.replaceAll("\\p{Cntrl}", "").strip();
		return (printable.length() > MAX_USER_AGENT) ? printable.substring(0, MAX_USER_AGENT) : printable;
	}

	private static String newId() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
