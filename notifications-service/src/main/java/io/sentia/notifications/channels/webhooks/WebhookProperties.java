package io.sentia.notifications.channels.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings ({@code sentia.notifications.webhooks.*}; the address check's
 * {@code allow-private-targets} is read by {@code TargetAddresses}).
 *
 * @param secretOverlap how long a rotated-away secret keeps signing beside the new one;
 * env {@code SENTIA_NOTIFICATIONS_WEBHOOKS_SECRETOVERLAP}, e.g. {@code 24h}
 */
@ConfigurationProperties("sentia.notifications.webhooks")
public record WebhookProperties(@DefaultValue("24h") Duration secretOverlap) {

}
