package io.sentia.notifications.channels;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keys of channel secrets (Slack and Teams URLs, webhook signing
 * secrets) come from ({@code sentia.notifications.secrets.*}). Each key is base64 of 32
 * random bytes, given inline or as a file holding it; never stored in the database.
 *
 * @param kek the current key; env {@code SENTIA_NOTIFICATIONS_SECRETS_KEK}
 * @param kekFile a file holding it; env {@code SENTIA_NOTIFICATIONS_SECRETS_KEKFILE}
 * @param previousKek the key being rotated away from; env
 * {@code SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK}
 * @param previousKekFile a file holding it; env
 * {@code SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEKFILE}
 * @param allowDevelopmentKek use the public {@link #DEVELOPMENT_KEK} when no key is
 * given; env {@code SENTIA_NOTIFICATIONS_SECRETS_ALLOWDEVELOPMENTKEK}. Refused under the
 * {@code prod} profile.
 */
@ConfigurationProperties("sentia.notifications.secrets")
public record ChannelSecretsProperties(@Nullable String kek, @Nullable Path kekFile, @Nullable String previousKek,
		@Nullable Path previousKekFile, @DefaultValue("true") boolean allowDevelopmentKek) {

	/**
	 * The development key-encryption key, public in this repository: base64 of
	 * {@code sentia-notifications-dev-kek-32b}. Never valid under {@code prod}.
	 */
	public static final String DEVELOPMENT_KEK = "c2VudGlhLW5vdGlmaWNhdGlvbnMtZGV2LWtlay0zMmI=";

}
