package io.sentia.notifications.channels;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which outbound targets (webhook subscriptions, Slack and Teams URLs) are allowed
 * ({@code sentia.notifications.webhooks.*}).
 *
 * @param allowPrivateTargets a development setting: allow loopback, private and
 * link-local addresses (a receiver on this machine); env
 * {@code SENTIA_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATETARGETS}. Never in production.
 */
@ConfigurationProperties("sentia.notifications.webhooks")
public record TargetAddressProperties(@DefaultValue("false") boolean allowPrivateTargets) {

}
