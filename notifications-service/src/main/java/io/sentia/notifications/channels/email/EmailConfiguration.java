package io.sentia.notifications.channels.email;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail channel on Spring Boot's {@link JavaMailSender} ({@code spring.mail.*}), and
 * the {@code smtp} health component that replaces Boot's {@code mail} one (which would
 * make the whole service DOWN when only mail is late).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
class EmailConfiguration {

	@Bean
	EmailSender emailSender(JavaMailSender mailSender, EmailProperties properties) {
		return new EmailSender(mailSender, new MailComposer(new MailTemplates(), properties));
	}

	@Bean
	SmtpHealthIndicator smtpHealthIndicator(JavaMailSenderImpl mailSender) {
		return new SmtpHealthIndicator(mailSender, Duration.ofSeconds(30), Clock.systemUTC());
	}

}
