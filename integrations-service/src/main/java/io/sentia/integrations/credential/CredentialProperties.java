package io.sentia.integrations.credential;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keys come from ({@code sentia.integrations.credentials.*}).
 * Each key is base64 of 32 random bytes, given inline or as a file holding it; never
 * stored in the database.
 *
 * @param kek the current key; env {@code SENTIA_INTEGRATIONS_KEK}
 * @param kekFile a file holding the current key; env {@code SENTIA_INTEGRATIONS_KEK_FILE}
 * @param previousKek the key being rotated away from; env
 * {@code SENTIA_INTEGRATIONS_KEK_PREVIOUS}
 * @param previousKekFile a file holding it; env
 * {@code SENTIA_INTEGRATIONS_KEK_PREVIOUS_FILE}
 * @param allowDevelopmentKek use the public {@link #DEVELOPMENT_KEK} when no key is
 * given; env {@code SENTIA_INTEGRATIONS_ALLOW_DEVELOPMENT_KEK}. Refused under the
 * {@code prod} profile.
 * @param rewrapOnStartup re-wrap every data key under the current key when the service
 * starts
 */
@ConfigurationProperties("sentia.integrations.credentials")
public record CredentialProperties(@Nullable String kek, @Nullable Path kekFile, @Nullable String previousKek,
		@Nullable Path previousKekFile, @DefaultValue("false") boolean allowDevelopmentKek,
		@DefaultValue("false") boolean rewrapOnStartup) {

	/**
	 * The development key-encryption key, public in this repository: base64 of
	 * {@code sentia-integrations-dev-kek-32by}. Never valid under {@code prod}.
	 */
	public static final String DEVELOPMENT_KEK = "c2VudGlhLWludGVncmF0aW9ucy1kZXYta2VrLTMyYnk=";

}
