package io.sentia.notifications.channels.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.sentia.notifications.delivery.Channel;
import io.sentia.notifications.delivery.Message;
import io.sentia.notifications.delivery.SendResult;
import io.sentia.notifications.delivery.Target;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel against a real SMTP server (GreenMail, in-process): what arrives,
 * and what each way of failing answers.
 */
class EmailSenderTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final URI LINK = URI.create("https://app.sentia.test/alerts/42?tab=facts&from=mail");

	private static final URI ACKNOWLEDGE = URI.create("https://app.sentia.test/api/notifications/v1/ack/7f3a");

	@Test
	void sendsHtmlAndPlainTextAlternativesWithTheLinksBackIntoTheApp() throws Exception {
		Message message = alert(Message.Stage.RAISED, "critical", "Stock-out risk: WHISKY-12 in 9 days");

		SendResult result = sender(greenMail.getSmtp().getPort())
			.send(new Target(Channel.EMAIL, "maya@highland.test", "Maya Ross"), message);

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		assertThat(((SendResult.Delivered) result).status()).isEqualTo(250);
		MimeMessage received = onlyMail();
		assertThat(received.getSubject()).isEqualTo("[Critical] Stock-out risk: WHISKY-12 in 9 days");
		assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("alerts@sentia.test");
		assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Sentia");
		assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("maya@highland.test");
		assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(received.getHeader(MailComposer.DELIVERY_ID_HEADER, null))
			.isEqualTo(message.deliveryId().toString());
		assertThat(received.getContentType()).startsWith("multipart/alternative");
		String text = part(received, "text/plain");
		String html = part(received, "text/html");
		assertThat(text).contains("Hello Maya Ross,", "A new alert needs your attention.",
				"Stock-out risk: WHISKY-12 in 9 days", "Severity: critical", "Days of cover: 9",
				"Open in Sentia: " + LINK, "Acknowledge: " + ACKNOWLEDGE, "Detected 7 Dec 2026, 09:30 UTC.");
		assertThat(text).doesNotContain("<");
		assertThat(html).contains("<h1", "Stock-out risk: WHISKY-12 in 9 days", ">Days of cover</th>", ">9</td>",
				"href=\"https://app.sentia.test/alerts/42?tab=facts&amp;from=mail\"", "href=\"" + ACKNOWLEDGE + "\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			RAISED    | Stock-out risk                 | A new alert needs your attention.       | true
			REMINDER  | Reminder: Stock-out risk       | Reminder: this alert is still open.     | true
			ESCALATED | Escalated: Stock-out risk      | not acknowledged in time                | true
			RESOLVED  | Resolved: Stock-out risk       | Good news: this alert has cleared.      | false
			DIGEST    | Stock-out risk                 | Here is your digest                     | true
			""")
	void saysWhereInTheEpisodeEachStageIs(Message.Stage stage, String subject, String lead, boolean acknowledge)
			throws Exception {
		SendResult result = sender(greenMail.getSmtp().getPort())
			.send(new Target(Channel.EMAIL, "ops@highland.test", null), alert(stage, "warning", "Stock-out risk"));

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		MimeMessage received = onlyMail();
		assertThat(received.getSubject()).isEqualTo(subject);
		for (String body : new String[] { part(received, "text/plain"), part(received, "text/html") }) {
			assertThat(body).contains(lead);
			assertThat(body.contains(ACKNOWLEDGE.toString())).isEqualTo(acknowledge);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			invitation         | Accept the invitation
			password_reset     | Choose a new password
			new_device_sign_in | Review your account security
			mfa_changed        | Review your account security
			""")
	void rendersEachAccountMailKindWithItsLink(String kind, String action) throws Exception {
		URI link = URI.create("https://app.sentia.test/" + kind + "?token=" + kind + "-t0k3n");
		Message message = new Message(UUID.randomUUID(), "tenant-1", "account." + kind, kind, "info",
				Message.Stage.ACCOUNT, "Your Sentia account", Map.of("organisation", "Highland Harbour"), link, null,
				"{}", Instant.parse("2026-12-07T09:30:00Z"));

		SendResult result = sender(greenMail.getSmtp().getPort())
			.send(new Target(Channel.EMAIL, "new.user@highland.test", "New User"), message);

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		MimeMessage received = onlyMail();
		assertThat(received.getSubject()).isEqualTo("Your Sentia account");
		assertThat(part(received, "text/plain")).contains("Hello New User,", action + ": " + link,
				"Organisation: Highland Harbour");
		assertThat(part(received, "text/html")).contains(">" + action + "<", "href=\"" + link + "\"",
				"Highland Harbour");
	}

	@Test
	void escapesWhatTheEventSaysInTheHtml() throws Exception {
		Message message = new Message(UUID.randomUUID(), "tenant-1", "alert.raised", "stockout_risk", "warning",
				Message.Stage.RAISED, "<script>alert(1)</script> & more", Map.of("sku", "<b>SKU</b>"),
				URI.create("javascript:alert(1)"), null, "{}", Instant.parse("2026-12-07T09:30:00Z"));

		sender(greenMail.getSmtp().getPort()).send(new Target(Channel.EMAIL, "ops@highland.test", null), message);

		String html = part(onlyMail(), "text/html");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", "&lt;b&gt;SKU&lt;/b&gt;");
		assertThat(html).doesNotContain("<script>", "<b>SKU", "javascript:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not an address", "maya@", "maya@highland.test, eve@evil.test" })
	void rejectsAnInvalidAddressWithoutSendingAnything(String address) {
		SendResult result = sender(greenMail.getSmtp().getPort()).send(new Target(Channel.EMAIL, address, null),
				alert(Message.Stage.RAISED, "info", "Title"));

		assertThat(result).isInstanceOf(SendResult.Rejected.class);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void rejectsAccountMailOfAKindWithoutATemplate() {
		Message message = new Message(UUID.randomUUID(), "tenant-1", "account.unknown", "shoe_size_changed", "info",
				Message.Stage.ACCOUNT, "Title", Map.of(), null, null, "{}", Instant.now());

		SendResult result = sender(greenMail.getSmtp().getPort())
			.send(new Target(Channel.EMAIL, "maya@highland.test", null), message);

		assertThat(result).isInstanceOf(SendResult.Rejected.class);
		assertThat(((SendResult.Rejected) result).reason()).contains("shoe_size_changed");
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void answersRetryWithoutThrowingWhenNoSmtpServerListens() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		SendResult result = sender(closedPort).send(new Target(Channel.EMAIL, "maya@highland.test", null),
				alert(Message.Stage.RAISED, "critical", "Title"));

		assertThat(result).isInstanceOf(SendResult.Retry.class);
		assertThat(((SendResult.Retry) result).reason()).contains("could not talk to the SMTP server");
	}

	@Test
	void answersRetryWhenTheSmtpServerNeverGreets() throws IOException {
		try (ScriptedSmtpServer stalled = ScriptedSmtpServer.silent()) {
			SendResult result = sender(stalled.port()).send(new Target(Channel.EMAIL, "maya@highland.test", null),
					alert(Message.Stage.RAISED, "critical", "Title"));

			assertThat(result).isInstanceOf(SendResult.Retry.class);
		}
	}

	@Test
	void answersRetryWhenTheServerDefersTheRecipient() throws IOException {
		try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringRecipientsWith("451 4.3.0 try again later")) {
			SendResult result = sender(server.port()).send(new Target(Channel.EMAIL, "maya@highland.test", null),
					alert(Message.Stage.RAISED, "critical", "Title"));

			assertThat(result).isInstanceOf(SendResult.Retry.class);
			assertThat(((SendResult.Retry) result).status()).isEqualTo(451);
		}
	}

	@Test
	void answersRejectedWhenTheServerRefusesTheRecipient() throws IOException {
		try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringRecipientsWith("550 5.1.1 no such user")) {
			SendResult result = sender(server.port()).send(new Target(Channel.EMAIL, "nobody@highland.test", null),
					alert(Message.Stage.RAISED, "critical", "Title"));

			assertThat(result).isInstanceOf(SendResult.Rejected.class);
			assertThat(((SendResult.Rejected) result).status()).isEqualTo(550);
		}
	}

	private static EmailSender sender(int port) {
		JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		properties.put("mail.smtp.writetimeout", "2000");
		mailSender.setJavaMailProperties(properties);
		return new EmailSender(mailSender,
				new MailComposer(new MailTemplates(), new EmailProperties("alerts@sentia.test", "Sentia", null)));
	}

	private static Message alert(Message.Stage stage, String severity, String title) {
		return new Message(UUID.randomUUID(), "tenant-1", "alert.raised", "stockout_risk", severity, stage, title,
				Map.of("sku", "WHISKY-12", "days_of_cover", "9"), LINK, ACKNOWLEDGE, "{}",
				Instant.parse("2026-12-07T09:30:00Z"));
	}

	private static MimeMessage onlyMail() {
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private static String part(MimeMessage message, String contentType) throws Exception {
		MimeMultipart alternatives = (MimeMultipart) message.getContent();
		assertThat(alternatives.getCount()).isEqualTo(2);
		for (int i = 0; i < alternatives.getCount(); i++) {
			BodyPart part = alternatives.getBodyPart(i);
			if (part.getContentType().startsWith(contentType)) {
				assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
				return (String) part.getContent();
			}
		}
		throw new AssertionError("no " + contentType + " alternative in " + message.getContentType());
	}

}
