package io.sentia.auth.reset;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stands in for e-mail until notifications-service delivers account mail. Under the
 * {@code dev} profile it writes the whole message, live single-use link included, to the
 * log so a developer can follow it; under any other profile it logs only that a mail of a
 * kind was due for a user id (no address, no link, no token), since a log is read by more
 * people than a mailbox. Under {@code prod} it refuses to start: there is no way yet to
 * deliver a password reset or an invitation to the person it is for.
 */
@Component
public class MailStandIn implements InitializingBean {

	static final String DEVELOPMENT_PROFILE = "dev";

	static final String PRODUCTION_PROFILE = "prod";

	private static final Logger log = LoggerFactory.getLogger(MailStandIn.class);

	private final Environment environment;

	private final boolean development;

	MailStandIn(Environment environment) {
		this.environment = environment;
		this.development = environment.matchesProfiles(DEVELOPMENT_PROFILE);
	}

	@Override
	public void afterPropertiesSet() {
		if (this.environment.matchesProfiles(PRODUCTION_PROFILE)) {
			throw new IllegalStateException("Refusing to start under the prod profile: account mail (password resets, "
					+ "invitations) has no delivery path yet. The notifications service will deliver account mail "
					+ "later; until then auth-service only logs that such a mail was due, which would leave "
					+ "people unable to reset a password or accept an invitation.");
		}
	}

	/**
	 * "Sends" a mail.
	 * @param kind what it is ({@code reset}, {@code invitation})
	 * @param userId the recipient's user id
	 * @param to the recipient's address
	 * @param subject the subject
	 * @param body the text, which may carry a live token
	 */
	public void send(String kind, UUID userId, String to, String subject, String body) {
		if (this.development) {
			log.info("MAIL STAND-IN (dev profile; notifications-service does not deliver account mail yet) "
					+ "kind={} user={} to={} subject=\"{}\": {}", kind, userId, to, subject, body);
		}
		else {
			log.info("Account mail due but not delivered (notifications-service does not deliver account mail "
					+ "yet; run with the dev profile to see it): kind={} user={}", kind, userId);
		}
	}

}
