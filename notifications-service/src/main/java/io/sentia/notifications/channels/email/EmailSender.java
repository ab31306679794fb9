package io.sentia.notifications.channels.email;

import java.time.Duration;

import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.ChannelSender;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one e-mail delivery over SMTP, once: the outbox decides about retries from the
 * answer ({@link SmtpReplies}).
 */
public class EmailSender implements ChannelSender {

	private final JavaMailSender mailSender;

	private final MailComposer composer;

	EmailSender(JavaMailSender mailSender, MailComposer composer) {
		this.mailSender = mailSender;
		this.composer = composer;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public SendResult send(Target target, Message message) {
		long started = System.nanoTime();
		MimeMessage mime;
		try {
			mime = this.composer.compose(this.mailSender.createMimeMessage(), target, message);
		}
		catch (AddressException ex) {
			return new SendResult.Rejected("the recipient's address is not a valid e-mail address", null,
					since(started));
		}
		catch (MailTemplates.UnknownMailKindException ex) {
			return new SendResult.Rejected(ex.getMessage(), null, since(started));
		}
		catch (MessagingException ex) {
			return new SendResult.Rejected("the mail could not be built: " + ex.getClass().getSimpleName(), null,
					since(started));
		}
		try {
			this.mailSender.send(mime);
			return new SendResult.Delivered(250, since(started));
		}
		catch (MailException ex) {
			return SmtpReplies.classify(ex, since(started));
		}
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
