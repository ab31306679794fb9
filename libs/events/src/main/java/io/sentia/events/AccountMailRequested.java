package io.sentia.events;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * auth-service asks for a mail to one person about their account: an invitation, a
 * password reset, a sign-in from a new device, or a change to their second factor.
 * notifications-service renders and delivers it; auth-service holds no mail code.
 * <p>
 * The {@code link} is a secret (for an invitation or a reset it carries the single-use
 * token): no service may log it, put it in a metric tag or return it in an error body.
 *
 * @param tenantId the tenant the mail is about (for an invitation, the inviting tenant)
 * @param mailId unique id of this mail; consumers de-duplicate on it
 * @param kind one of {@code invitation}, {@code password_reset},
 * {@code new_device_sign_in}, {@code mfa_changed}
 * @param userId the person's user id, or {@code null} for an invitation to an address
 * with no account yet
 * @param email where to send it
 * @param displayName the person's name, or {@code null} if unknown
 * @param locale the person's preferred locale as a BCP-47 tag, or {@code null}
 * @param facts what the template shows (tenant name, device, place, time…), in the order
 * to show them; never a token
 * @param link the absolute URL the person opens, or {@code null} when the mail has none
 * @param expiresAt when the link stops working, or {@code null}
 * @param requestedAt when the mail was requested
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountMailRequested(String tenantId, String mailId, String kind, String userId, String email,
		String displayName, String locale, Map<String, String> facts, String link, Instant expiresAt,
		Instant requestedAt) implements SentiaEvent {

	public static final String TYPE = "sentia.auth.account-mail.requested.v1";

	/** An invitation to join a tenant; the link accepts it. */
	public static final String INVITATION = "invitation";

	/** A password reset; the link sets a new password. */
	public static final String PASSWORD_RESET = "password_reset";

	/** A sign-in from a device not seen before. */
	public static final String NEW_DEVICE_SIGN_IN = "new_device_sign_in";

	/** A second factor was enrolled or removed. */
	public static final String MFA_CHANGED = "mfa_changed";

	/** Every kind of account mail. */
	public static final Set<String> KINDS = Set.of(INVITATION, PASSWORD_RESET, NEW_DEVICE_SIGN_IN, MFA_CHANGED);

	public AccountMailRequested {
		Invariants.requiredText(tenantId, "tenantId");
		Invariants.requiredText(mailId, "mailId");
		Invariants.oneOf(kind, KINDS, "kind");
		Invariants.requiredText(email, "email");
		facts = Invariants.copyOf(facts, "facts");
		if ((INVITATION.equals(kind) || PASSWORD_RESET.equals(kind)) && (link == null || link.isBlank())) {
			throw new IllegalArgumentException("link must be given for an " + kind + " mail");
		}
		if (link != null && !link.startsWith("https://") && !link.startsWith("http://")) {
			// Never echo the link: it is a secret.
			throw new IllegalArgumentException("link must be an absolute http(s) URL");
		}
		Invariants.required(requestedAt, "requestedAt");
	}

	@Override
	public String entityId() {
		return this.mailId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.AUTH_ACCOUNT_MAIL;
	}

	/**
	 * The link is a secret, so the generated {@code toString} must not print it.
	 * @return the event without its link
	 */
	@Override
	public String toString() {
		return "AccountMailRequested[tenantId=" + this.tenantId + ", mailId=" + this.mailId + ", kind=" + this.kind
				+ ", userId=" + this.userId + ", link=" + ((this.link != null) ? "(hidden)" : "null") + ", expiresAt="
				+ this.expiresAt + ", requestedAt=" + this.requestedAt + "]";
	}

}
