package io.sentia.notifications.secrets;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keys come from ({@code sentia.notifications.secrets.*}, the
 * same settings the channels' secrets use).
 *
 * @param kek the current key, base64 of 32 bytes; env
 * {@code SENTIA_NOTIFICATIONS_SECRETS_KEK}
 * @param kekFile a file holding it; env {@code SENTIA_NOTIFICATIONS_SECRETS_KEKFILE}
 * @param previousKek the key being rotated away from; env
 * {@code SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEK}
 * @param previousKekFile a file holding it; env
 * {@code SENTIA_NOTIFICATIONS_SECRETS_PREVIOUSKEKFILE}
 * @param allowDevelopmentKek use the public {@link #DEVELOPMENT_KEK} when no key is
 * given; env {@code SENTIA_NOTIFICATIONS_SECRETS_ALLOWDEVELOPMENTKEK}; refused under the
 * {@code prod} profile
 */
@ConfigurationProperties("sentia.notifications.secrets")
public record SecretProperties(@Nullable String kek, @Nullable Path kekFile, @Nullable String previousKek,
		@Nullable Path previousKekFile, @DefaultValue("true") boolean allowDevelopmentKek) {

	/** The public development key: base64 of {@code sentia-notifications-dev-kek-32b}. */
	public static final String DEVELOPMENT_KEK = "c2VudGlhLW5vdGlmaWNhdGlvbnMtZGV2LWtlay0zMmI=";

}
