package io.sentia.auth.accountmail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.sentia.events.AccountMailRequested;
import io.sentia.servicekit.outbox.OutboxPublisher;
import io.sentia.servicekit.security.SentiaSecurityProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks notifications-service to mail a person about their account, by publishing
 * {@link AccountMailRequested} through the outbox in the caller's transaction: the mail
 * is requested if and only if the token it carries is stored.
 * <p>
 * Links point at the public URL of the platform (the issuer, {@code SENTIA_AUTH_ISSUER},
 * which is the gateway's URL), never at this service's own address. A link carries a
 * single-use token, so nothing here logs it; the only copy leaves through the outbox.
 */
@Component
public class AccountMail {

	/** Path of the public password-reset endpoint, to which the token is appended. */
	public static final String RESET_PATH = "/api/auth/v1/password-resets/";

	/** Path of the public invitation-link endpoint, to which the token is appended. */
	public static final String INVITATION_PATH = "/api/auth/v1/invitations/";

	/**
	 * Page the password-reset mail links to: a form that sets the new password with the
	 * token (the API at {@link #RESET_PATH} does the same for programs).
	 */
	public static final String RESET_PAGE = "/login/password/";

	/** Page the invitation mail links to: the invitation and an accept button. */
	public static final String INVITATION_PAGE = "/login/invitation/";

	private final OutboxPublisher outbox;

	private final String publicBase;

	private final Clock clock;

	AccountMail(OutboxPublisher outbox, SentiaSecurityProperties security, Clock clock) {
		this.outbox = outbox;
		this.publicBase = security.issuer().toString().replaceFirst("/+$", "");
		this.clock = clock;
	}

	/**
	 * Requests a password-reset mail.
	 * @param tenantId the tenant the account acts in
	 * @param recipient who it is for
	 * @param token the single-use token
	 * @param issuedAt when the token was issued
	 * @param expiresAt when the token stops working
	 * @param facts what the mail shows
	 * @return the id of the requested mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID passwordReset(UUID tenantId, Recipient recipient, String token, Instant issuedAt, Instant expiresAt,
			Map<String, String> facts) {
		return request(tenantId, AccountMailRequested.PASSWORD_RESET, recipient, facts, link(RESET_PAGE, token),
				expiresAt, issuedAt);
	}

	/**
	 * Requests an invitation mail (an invitation into a tenant, or a new tenant's first
	 * ADMIN setting their first password).
	 * @param tenantId the inviting tenant
	 * @param recipient who it is for
	 * @param path {@link #INVITATION_PAGE} or {@link #RESET_PAGE}: where the token is
	 * used
	 * @param token the single-use token
	 * @param issuedAt when the token was issued
	 * @param expiresAt when the token stops working
	 * @param facts what the mail shows
	 * @return the id of the requested mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID invitation(UUID tenantId, Recipient recipient, String path, String token, Instant issuedAt,
			Instant expiresAt, Map<String, String> facts) {
		return request(tenantId, AccountMailRequested.INVITATION, recipient, facts, link(path, token), expiresAt,
				issuedAt);
	}

	/**
	 * Requests a mail telling someone their second factor was enrolled or removed, so a
	 * change they did not make does not go unnoticed.
	 * @param tenantId the tenant they acted in
	 * @param recipient who it is for
	 * @param facts what changed and when
	 * @return the id of the requested mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID mfaChanged(UUID tenantId, Recipient recipient, Map<String, String> facts) {
		return request(tenantId, AccountMailRequested.MFA_CHANGED, recipient, facts, null, null, this.clock.instant());
	}

	/**
	 * Requests a mail telling someone their account was signed in to from a browser it
	 * had not been used on before.
	 * @param tenantId the tenant they act in
	 * @param recipient who it is for
	 * @param facts when, from which browser and address
	 * @return the id of the requested mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID newDeviceSignIn(UUID tenantId, Recipient recipient, Map<String, String> facts) {
		return request(tenantId, AccountMailRequested.NEW_DEVICE_SIGN_IN, recipient, facts, null, null,
				this.clock.instant());
	}

	private UUID request(UUID tenantId, String kind, Recipient recipient, Map<String, String> facts,
			@Nullable String link, @Nullable Instant expiresAt, Instant requestedAt) {
		UUID mailId = UUID.randomUUID();
		this.outbox.publish(new AccountMailRequested(tenantId.toString(), mailId.toString(), kind,
				(recipient.userId() != null) ? recipient.userId().toString() : null, recipient.email(),
				recipient.displayName(), null, facts, link, expiresAt, requestedAt));
		return mailId;
	}

	private String link(String path, String token) {
		return this.publicBase + path + token;
	}

	/**
	 * Who a mail is for.
	 *
	 * @param userId their user id, or {@code null} if they have no account
	 * @param email their address
	 * @param displayName their name, or {@code null}
	 */
	public record Recipient(@Nullable UUID userId, String email, @Nullable String displayName) {
	}

}
