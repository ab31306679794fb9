package io.sentia.auth.reset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Stands in for e-mail until notifications-service sends mail: writes the message to the
 * log, saying so, so an operator (or a developer) can pass the link on by hand. The line
 * carries a live single-use token: in production, the log of this category must be
 * treated like a mailbox (or switched off once real mail exists).
 */
@Component
class MailStandIn {

	private static final Logger log = LoggerFactory.getLogger(MailStandIn.class);

	void send(String to, String subject, String body) {
		log.info("MAIL STAND-IN (notifications-service does not send mail yet; this log line is the delivery) "
				+ "to={} subject=\"{}\": {}", to, subject, body);
	}

}
