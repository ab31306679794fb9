package io.sentia.integrations.credential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import io.sentia.servicekit.crypto.EnvelopeSealer;
import io.sentia.servicekit.crypto.KeyEncryptionKey;
import io.sentia.servicekit.crypto.SecretBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the key-encryption key comes from, and when the service refuses to start.
 */
class KeyEncryptionKeysTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final byte[] VALUE = "value".getBytes(StandardCharsets.UTF_8);

	@Test
	void refusesToStartWithoutAKeyUnlessTheDevelopmentKeyIsAllowed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.sealer(properties(null, null, false), false))
			.withMessageContaining("SENTIA_INTEGRATIONS_KEK");
		assertThat(KeyEncryptionKeys.sealer(properties(null, null, true), false).currentKekId())
			.isEqualTo(KeyEncryptionKey.of(Base64.getDecoder().decode(CredentialProperties.DEVELOPMENT_KEK)).id());
	}

	@Test
	void refusesTheDevelopmentKeyUnderTheProdProfile() {
		assertThatIllegalStateException().isThrownBy(() -> KeyEncryptionKeys.sealer(properties(null, null, true), true))
			.withMessageContaining("prod");
		assertThatIllegalStateException()
			.isThrownBy(
					() -> KeyEncryptionKeys.sealer(properties(CredentialProperties.DEVELOPMENT_KEK, null, false), true))
			.withMessageContaining("prod");
		assertThat(KeyEncryptionKeys.sealer(properties(KEY, null, true), true).currentKekId()).startsWith("kek-");
	}

	@Test
	void readsTheKeyFromAFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("kek");
		Files.writeString(file, KEY + "\n");
		EnvelopeSealer fromFile = KeyEncryptionKeys.sealer(properties(null, file, false), true);
		EnvelopeSealer inline = KeyEncryptionKeys.sealer(properties(KEY, null, false), true);

		SecretBinding binding = new SecretBinding("sentia.integrations.credential", UUID.randomUUID() + "|apiKey");
		assertThat(inline.open(binding, fromFile.seal(binding, VALUE))).isEqualTo(VALUE);
	}

	@Test
	void rejectsAKeyThatIsNot32Bytes() {
		String short16 = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.sealer(properties(short16, null, false), false))
			.withMessageContaining("32 bytes");
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.sealer(properties("not base64!", null, false), false))
			.withMessageContaining("base64");
	}

	private static CredentialProperties properties(String kek, Path file, boolean allowDevelopment) {
		return new CredentialProperties(kek, file, null, null, allowDevelopment, false);
	}

}
