package io.sentia.notifications.channels.email;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.sentia.notifications.delivery.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Tells from a failed SMTP conversation whether the mail may go through later: a 4xx
 * reply or no connection at all is worth a retry, a 5xx reply or an invalid address never
 * is. Reasons carry the server's reply code and the kind of failure, never the message.
 */
final class SmtpReplies {

	private SmtpReplies() {
	}

	/**
	 * Classifies a failed send.
	 * @param failure what JavaMailSender threw
	 * @param took how long the attempt took
	 * @return {@link SendResult.Retry} or {@link SendResult.Rejected}
	 */
	static SendResult classify(MailException failure, Duration took) {
		if (failure instanceof MailAuthenticationException) {
			// The platform's SMTP credentials are wrong: an operator fixes them, the mail
			// waits.
			return new SendResult.Retry("the SMTP server refused the platform's credentials", null, took, null);
		}
		for (Throwable cause : causes(failure)) {
			Integer code = replyCode(cause);
			if (code != null) {
				return byReplyCode(code, took);
			}
			if (cause instanceof AddressException) {
				return new SendResult.Rejected("the recipient's address is not a valid e-mail address", null, took);
			}
			if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
					&& sendFailed.getInvalidAddresses().length > 0 && sendFailed.getNextException() == null) {
				return new SendResult.Rejected("the SMTP server refused the recipient's address", null, took);
			}
		}
		for (Throwable cause : causes(failure)) {
			if (cause instanceof IOException) {
				return new SendResult.Retry(
						"could not talk to the SMTP server (" + cause.getClass().getSimpleName() + ")", null, took,
						null);
			}
		}
		return new SendResult.Retry(
				"the SMTP server did not take the mail (" + failure.getClass().getSimpleName() + ")", null, took, null);
	}

	private static SendResult byReplyCode(int code, Duration took) {
		if (code >= 500) {
			return new SendResult.Rejected("the SMTP server refused the mail with " + code, code, took);
		}
		return new SendResult.Retry("the SMTP server deferred the mail with " + code, code, took, null);
	}

	private static Integer replyCode(Throwable cause) {
		int code = switch (cause) {
			case SMTPAddressFailedException refused -> refused.getReturnCode();
			case SMTPSenderFailedException refused -> refused.getReturnCode();
			case SMTPSendFailedException refused -> refused.getReturnCode();
			default -> -1;
		};
		return (code >= 400 && code < 600) ? code : null;
	}

	/** The failure, each failed message's exception and their causes, nearest first. */
	private static Iterable<Throwable> causes(MailException failure) {
		Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> queue = new ArrayDeque<>();
		queue.add(failure);
		if (failure instanceof MailSendException send) {
			for (Map.Entry<Object, Exception> entry : send.getFailedMessages().entrySet()) {
				queue.add(entry.getValue());
			}
		}
		java.util.List<Throwable> ordered = new java.util.ArrayList<>();
		while (!queue.isEmpty()) {
			Throwable next = queue.poll();
			if (next == null || !seen.add(next)) {
				continue;
			}
			ordered.add(next);
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				queue.add(messaging.getNextException());
			}
			if (next.getCause() != null) {
				queue.add(next.getCause());
			}
		}
		return ordered;
	}

}
