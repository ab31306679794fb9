package io.sentia.notifications.channels.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code smtp} health component against a real SMTP server and against none.
 */
class SmtpHealthIndicatorTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void isUpWhenTheSmtpServerAnswers() {
		Health health = new SmtpHealthIndicator(mailSender(greenMail.getSmtp().getPort()), Duration.ofSeconds(30),
				CLOCK)
			.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("port", greenMail.getSmtp().getPort());
	}

	@Test
	void isDegradedNotDownWhenNoSmtpServerAnswers() throws IOException {
		Health health = new SmtpHealthIndicator(mailSender(closedPort()), Duration.ofSeconds(30), CLOCK).health();

		assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
	}

	@Test
	void reusesAnAnswerForAWhileSoProbesDoNotWaitForADeadServer() throws IOException {
		JavaMailSenderImpl mailSender = mailSender(greenMail.getSmtp().getPort());
		SmtpHealthIndicator indicator = new SmtpHealthIndicator(mailSender, Duration.ofSeconds(30), CLOCK);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

		mailSender.setPort(closedPort());

		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		SmtpHealthIndicator fresh = new SmtpHealthIndicator(mailSender, Duration.ofSeconds(30), CLOCK);
		assertThat(fresh.health().getStatus().getCode()).isEqualTo("DEGRADED");
	}

	private static JavaMailSenderImpl mailSender(int port) {
		JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		mailSender.setJavaMailProperties(properties);
		return mailSender;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
