package io.sentia.notifications.channels;

import io.sentia.notifications.secrets.SecretKeys;
import io.sentia.notifications.secrets.SecretProperties;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.sentia.servicekit.crypto.SealedSecretException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Channel secrets at rest: what opens, what does not, and which keys production refuses.
 */
class ChannelSecretsTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII));

	@Test
	void opensWhatItSealedForTheSameRowOnly() {
		ChannelSecrets secrets = new ChannelSecrets(SecretKeys.sealer(properties(KEY, null), true));

		byte[] stored = secrets.seal("purpose", "tenant-1/row-1", "whsec_abc");

		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("whsec_abc");
		assertThat(secrets.open("purpose", "tenant-1/row-1", stored)).isEqualTo("whsec_abc");
		assertThatExceptionOfType(SealedSecretException.class)
			.isThrownBy(() -> secrets.open("purpose", "tenant-2/row-1", stored));
		assertThatExceptionOfType(SealedSecretException.class)
			.isThrownBy(() -> secrets.open("another-purpose", "tenant-1/row-1", stored));
	}

	@Test
	void opensSecretsOfThePreviousKeyDuringARotation() {
		byte[] stored = new ChannelSecrets(SecretKeys.sealer(properties(OTHER_KEY, null), true)).seal("p", "s", "url");

		ChannelSecrets rotated = new ChannelSecrets(SecretKeys.sealer(properties(KEY, OTHER_KEY), true));

		assertThat(rotated.open("p", "s", stored)).isEqualTo("url");
	}

	@Test
	void usesThePublicDevelopmentKeyOnlyOutsideProduction() {
		assertThat(new ChannelSecrets(SecretKeys.sealer(properties(null, null), false)).seal("p", "s", "x"))
			.isNotEmpty();
		assertThatIllegalStateException()
			.isThrownBy(() -> new ChannelSecrets(SecretKeys.sealer(properties(null, null), true)))
			.withMessageContaining("SENTIA_NOTIFICATIONS_SECRETS_KEK");
		assertThatIllegalStateException().isThrownBy(
				() -> new ChannelSecrets(SecretKeys.sealer(properties(SecretProperties.DEVELOPMENT_KEK, null), true)))
			.withMessageContaining("development");
	}

	@Test
	void namesTheSettingNotTheValueOfAMalformedKey() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ChannelSecrets(SecretKeys.sealer(properties("c2hvcnQ=", null), false)))
			.withMessageContaining("SENTIA_NOTIFICATIONS_SECRETS_KEK")
			.withMessageNotContaining("c2hvcnQ=");
	}

	private static SecretProperties properties(String kek, String previous) {
		return new SecretProperties(kek, null, previous, null, true);
	}

}
