package io.sentia.notifications.channels.email;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the platform's mail comes from ({@code sentia.notifications.email.*}); the SMTP
 * server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address; env {@code SENTIA_NOTIFICATIONS_EMAIL_FROM}
 * @param fromName the sender's display name
 * @param replyTo where replies go, or {@code null} for nowhere but the sender
 */
@Validated
@ConfigurationProperties("sentia.notifications.email")
public record EmailProperties(@DefaultValue("notifications@sentia.localhost") @NotBlank String from,
		@DefaultValue("Sentia") @NotBlank String fromName, @Nullable String replyTo) {

}
