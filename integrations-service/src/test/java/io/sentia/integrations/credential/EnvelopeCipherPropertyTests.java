package io.sentia.integrations.credential;

import java.util.Arrays;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Envelope encryption round-trips any secret, and any changed byte of a stored secret
 * (its value or its wrapped data key) stops it from opening instead of opening as
 * something else.
 */
class EnvelopeCipherPropertyTests {

	private final EnvelopeCipher cipher = new EnvelopeCipher(KeyEncryptionKey.of(key(7)), null);

	@Property(tries = 200)
	void opensWhatItSealed(@ForAll @StringLength(max = 2000) String value, @ForAll("names") String name) {
		UUID connection = UUID.randomUUID();

		SealedSecret sealed = this.cipher.seal(connection, name, value);

		assertThat(this.cipher.open(connection, name, sealed)).isEqualTo(value);
	}

	@Property(tries = 200)
	void aChangedByteOfTheValueDoesNotOpen(@ForAll @StringLength(min = 1, max = 200) String value,
			@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
		UUID connection = UUID.randomUUID();
		SealedSecret sealed = this.cipher.seal(connection, "accessToken", value);
		byte[] ciphertext = sealed.ciphertext().clone();
		ciphertext[position % ciphertext.length] ^= (byte) flip;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(connection, "accessToken",
				new SealedSecret(sealed.kekId(), sealed.wrappedKey(), ciphertext)));
	}

	@Property(tries = 200)
	void aChangedByteOfTheWrappedKeyDoesNotOpen(@ForAll @IntRange(min = 0, max = 10_000) int position,
			@ForAll @IntRange(min = 1, max = 255) int flip) {
		UUID connection = UUID.randomUUID();
		SealedSecret sealed = this.cipher.seal(connection, "refreshToken", "rotating-token");
		byte[] wrapped = sealed.wrappedKey().clone();
		wrapped[position % wrapped.length] ^= (byte) flip;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(connection, "refreshToken",
				new SealedSecret(sealed.kekId(), wrapped, sealed.ciphertext())));
	}

	@Property(tries = 50)
	void rewrappingKeepsTheValueAndMovesItToTheCurrentKey(@ForAll @StringLength(max = 500) String value) {
		UUID connection = UUID.randomUUID();
		SealedSecret old = this.cipher.seal(connection, "apiKey", value);
		EnvelopeCipher rotated = new EnvelopeCipher(KeyEncryptionKey.of(key(8)), KeyEncryptionKey.of(key(7)));

		SealedSecret rewrapped = rotated.rewrap(connection, "apiKey", old);

		assertThat(rewrapped.kekId()).isEqualTo(KeyEncryptionKey.of(key(8)).id()).isNotEqualTo(old.kekId());
		assertThat(new EnvelopeCipher(KeyEncryptionKey.of(key(8)), null).open(connection, "apiKey", rewrapped))
			.isEqualTo(value);
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40);
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

}
