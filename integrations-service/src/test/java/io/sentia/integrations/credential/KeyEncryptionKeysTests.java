package io.sentia.integrations.credential;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the key-encryption key comes from, and when the service refuses to start.
 */
class KeyEncryptionKeysTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void refusesToStartWithoutAKeyUnlessTheDevelopmentKeyIsAllowed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.cipher(properties(null, null, false), false))
			.withMessageContaining("SENTIA_INTEGRATIONS_KEK");
		assertThat(KeyEncryptionKeys.cipher(properties(null, null, true), false).currentKekId())
			.isEqualTo(KeyEncryptionKey.of(Base64.getDecoder().decode(CredentialProperties.DEVELOPMENT_KEK)).id());
	}

	@Test
	void refusesTheDevelopmentKeyUnderTheProdProfile() {
		assertThatIllegalStateException().isThrownBy(() -> KeyEncryptionKeys.cipher(properties(null, null, true), true))
			.withMessageContaining("prod");
		assertThatIllegalStateException()
			.isThrownBy(
					() -> KeyEncryptionKeys.cipher(properties(CredentialProperties.DEVELOPMENT_KEK, null, false), true))
			.withMessageContaining("prod");
		assertThat(KeyEncryptionKeys.cipher(properties(KEY, null, true), true).currentKekId()).startsWith("kek-");
	}

	@Test
	void readsTheKeyFromAFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("kek");
		Files.writeString(file, KEY + "\n");
		EnvelopeCipher fromFile = KeyEncryptionKeys.cipher(properties(null, file, false), true);
		EnvelopeCipher inline = KeyEncryptionKeys.cipher(properties(KEY, null, false), true);

		UUID connection = UUID.randomUUID();
		assertThat(inline.open(connection, "apiKey", fromFile.seal(connection, "apiKey", "value"))).isEqualTo("value");
	}

	@Test
	void rejectsAKeyThatIsNot32Bytes() {
		String short16 = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.cipher(properties(short16, null, false), false))
			.withMessageContaining("32 bytes");
		assertThatIllegalStateException()
			.isThrownBy(() -> KeyEncryptionKeys.cipher(properties("not base64!", null, false), false))
			.withMessageContaining("base64");
	}

	@Test
	void aSealedValueOpensOnlyForItsOwnName() {
		EnvelopeCipher cipher = KeyEncryptionKeys.cipher(properties(KEY, null, false), false);
		UUID connection = UUID.randomUUID();
		SealedSecret sealed = cipher.seal(connection, "apiKey", "value");

		assertThatIllegalStateException().isThrownBy(() -> cipher.open(connection, "accessToken", sealed));
		assertThat(sealed.toString()).doesNotContain("value");
	}

	private static CredentialProperties properties(String kek, Path file, boolean allowDevelopment) {
		return new CredentialProperties(kek, file, null, null, allowDevelopment, false);
	}

}
