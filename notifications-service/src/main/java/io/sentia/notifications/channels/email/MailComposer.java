package io.sentia.notifications.channels.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;

import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.Target;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Builds the MIME message of one delivery: a {@code multipart/alternative} of the plain
 * text and the HTML, addressed from the platform's sender to the target's address.
 */
class MailComposer {

	/**
	 * Carries the delivery id, the same on every attempt, so a mailbox can spot a retry.
	 */
	static final String DELIVERY_ID_HEADER = "X-Sentia-Delivery-Id";

	private final MailTemplates templates;

	private final EmailProperties properties;

	MailComposer(MailTemplates templates, EmailProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/**
	 * Fills a new message.
	 * @param mime an empty message of the mail session
	 * @param target the recipient: its id is the address, its name the display name
	 * @param message what to say
	 * @return the filled message
	 * @throws AddressException if the recipient's address is not a valid address
	 * @throws MessagingException if the message cannot be built
	 * @throws MailTemplates.UnknownMailKindException for account mail of an unknown kind
	 */
	MimeMessage compose(MimeMessage mime, Target target, Message message) throws MessagingException {
		InternetAddress recipient = recipient(target);
		MailTemplates.RenderedMail body = this.templates.render(target, message);
		mime.setFrom(address(this.properties.from(), this.properties.fromName()));
		if (this.properties.replyTo() != null && !this.properties.replyTo().isBlank()) {
			mime.setReplyTo(new InternetAddress[] { new InternetAddress(this.properties.replyTo(), true) });
		}
		mime.setRecipient(jakarta.mail.Message.RecipientType.TO, recipient);
		mime.setSubject(subject(message), StandardCharsets.UTF_8.name());
		mime.setSentDate(new Date());
		// RFC 3834: no vacation auto-replies to a machine's mail.
		mime.setHeader("Auto-Submitted", "auto-generated");
		if (message.deliveryId() != null) {
			mime.setHeader(DELIVERY_ID_HEADER, message.deliveryId().toString());
		}
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(part(body.text(), "plain"));
		alternatives.addBodyPart(part(body.html(), "html"));
		mime.setContent(alternatives);
		return mime;
	}

	private static InternetAddress recipient(Target target) throws AddressException {
		InternetAddress address = new InternetAddress(target.id().strip(), true);
		if (target.name() != null && !target.name().isBlank()) {
			try {
				address.setPersonal(target.name(), StandardCharsets.UTF_8.name());
			}
			catch (UnsupportedEncodingException ex) {
				throw new IllegalStateException("UTF-8 is required of every Java platform", ex);
			}
		}
		return address;
	}

	private static InternetAddress address(String email, String name) throws AddressException {
		try {
			return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException("UTF-8 is required of every Java platform", ex);
		}
	}

	/** The subject says at a glance where in an episode the mail is. */
	static String subject(Message message) {
		String title = (message.title() != null) ? message.title() : "Notification";
		return switch (message.stage()) {
			case RAISED -> "critical".equalsIgnoreCase(message.severity()) ? "[Critical] " + title : title;
			case REMINDER -> "Reminder: " + title;
			case ESCALATED -> "Escalated: " + title;
			case RESOLVED -> "Resolved: " + title;
			case DIGEST, ACCOUNT -> title;
		};
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype.toLowerCase(Locale.ROOT));
		part.setHeader("Content-Transfer-Encoding", "quoted-printable");
		return part;
	}

}
