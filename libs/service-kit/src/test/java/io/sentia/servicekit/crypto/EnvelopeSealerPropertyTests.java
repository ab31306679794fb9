package io.sentia.servicekit.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Envelope encryption round-trips any secret; any changed byte of a stored secret (value,
 * wrapped data key, or the one-value form) stops it from opening instead of opening as
 * something else; a rotation re-wraps data keys so the secret opens under the new key
 * alone; and what integrations-service stored before the kit still opens.
 */
class EnvelopeSealerPropertyTests {

	private static final KeyEncryptionKey OLD = KeyEncryptionKey.of(key(7));

	private static final KeyEncryptionKey NEW = KeyEncryptionKey.of(key(8));

	private final EnvelopeSealer sealer = new EnvelopeSealer(OLD, null);

	@Property(tries = 200)
	void opensWhatItSealed(@ForAll @Size(max = 2000) byte[] secret, @ForAll("subjects") String subject) {
		SecretBinding binding = new SecretBinding("sentia.test.secret", subject);

		SealedSecret sealed = this.sealer.seal(binding, secret);

		assertThat(sealed.kekId()).isEqualTo(OLD.id());
		assertThat(this.sealer.open(binding, sealed)).isEqualTo(secret);
		assertThat(this.sealer.open(binding, sealed.toBytes(), null)).isEqualTo(secret);
		assertThat(SealedSecret.fromBytes(sealed.toBytes())).isEqualTo(sealed);
	}

	@Property(tries = 200)
	void aChangedByteOfTheValueDoesNotOpen(@ForAll @Size(min = 1, max = 200) byte[] secret,
			@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
		SecretBinding binding = binding();
		SealedSecret sealed = this.sealer.seal(binding, secret);
		byte[] ciphertext = flipped(sealed.ciphertext(), position, flip);

		assertThatExceptionOfType(SealedSecretException.class).isThrownBy(
				() -> this.sealer.open(binding, new SealedSecret(sealed.kekId(), sealed.wrappedKey(), ciphertext)));
	}

	@Property(tries = 200)
	void aChangedByteOfTheWrappedKeyDoesNotOpen(@ForAll @IntRange(min = 0, max = 10_000) int position,
			@ForAll @IntRange(min = 1, max = 255) int flip) {
		SecretBinding binding = binding();
		SealedSecret sealed = this.sealer.seal(binding, bytes("rotating-token"));
		byte[] wrapped = flipped(sealed.wrappedKey(), position, flip);

		assertThatExceptionOfType(SealedSecretException.class).isThrownBy(
				() -> this.sealer.open(binding, new SealedSecret(sealed.kekId(), wrapped, sealed.ciphertext())));
	}

	@Property(tries = 200)
	void aChangedByteOfTheStoredValueDoesNotOpen(@ForAll @Size(max = 200) byte[] secret,
			@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
		SecretBinding binding = binding();
		byte[] stored = flipped(this.sealer.seal(binding, secret).toBytes(), position, flip);

		assertThatExceptionOfType(SealedSecretException.class)
			.isThrownBy(() -> this.sealer.open(binding, stored, null));
	}

	@Property(tries = 100)
	void aCutShortValueIsRejectedClearly(@ForAll @Size(max = 200) byte[] secret,
			@ForAll @IntRange(min = 0, max = 10_000) int length) {
		SecretBinding binding = binding();
		SealedSecret sealed = this.sealer.seal(binding, secret);
		byte[] stored = sealed.toBytes();
		byte[] cut = Arrays.copyOf(stored, length % stored.length);
		byte[] shortCiphertext = Arrays.copyOf(sealed.ciphertext(), length % 28);

		assertThatExceptionOfType(SealedSecretException.class).isThrownBy(() -> this.sealer.open(binding, cut, null));
		assertThatExceptionOfType(SealedSecretException.class).isThrownBy(
				() -> this.sealer.open(binding, new SealedSecret(sealed.kekId(), sealed.wrappedKey(), shortCiphertext)))
			.withMessageContaining("too short");
	}

	@Property(tries = 100)
	void opensOnlyForItsOwnBinding(@ForAll("subjects") String subject, @ForAll("subjects") String other) {
		SealedSecret sealed = this.sealer.seal(new SecretBinding("sentia.test.secret", subject), bytes("value"));

		if (!subject.equals(other)) {
			assertThatExceptionOfType(SealedSecretException.class)
				.isThrownBy(() -> this.sealer.open(new SecretBinding("sentia.test.secret", other), sealed));
		}
		assertThatExceptionOfType(SealedSecretException.class)
			.isThrownBy(() -> this.sealer.open(new SecretBinding("sentia.test.other", subject), sealed));
		assertThat(sealed.toString()).doesNotContain("value");
	}

	@Property(tries = 50)
	void rotationRewrapsTheDataKeySoTheSecretOpensUnderTheNewKeyAlone(@ForAll @Size(max = 500) byte[] secret) {
		SecretBinding binding = binding();
		SealedSecret old = this.sealer.seal(binding, secret);
		EnvelopeSealer rotating = new EnvelopeSealer(NEW, OLD);
		assertThat(rotating.open(binding, old)).as("the previous key still opens").isEqualTo(secret);

		SealedSecret rewrapped = rotating.rewrap(binding, old);

		assertThat(rewrapped.kekId()).isEqualTo(NEW.id()).isNotEqualTo(old.kekId());
		assertThat(rewrapped.ciphertext()).as("the value is not re-encrypted").isEqualTo(old.ciphertext());
		assertThat(new EnvelopeSealer(NEW, null).open(binding, rewrapped)).isEqualTo(secret);
		assertThatExceptionOfType(SealedSecretException.class)
			.isThrownBy(() -> new EnvelopeSealer(NEW, null).open(binding, old))
			.withMessageContaining(OLD.id());
	}

	@Property(tries = 50)
	void opensAValueSealedDirectlyUnderAKeyBeforeEnvelopeEncryption(@ForAll @Size(max = 200) byte[] secret) {
		byte[] legacyKey = key(9);
		byte[] associatedData = bytes("kid-1");
		byte[] stored = AesGcm.seal(AesGcm.key(legacyKey), associatedData, secret);
		EnvelopeSealer.LegacySeal legacy = new EnvelopeSealer.LegacySeal(legacyKey, associatedData);
		SecretBinding binding = binding();

		assertThat(this.sealer.open(binding, stored, legacy)).isEqualTo(secret);
		assertThat(this.sealer.open(binding, this.sealer.seal(binding, secret).toBytes(), legacy)).isEqualTo(secret);
		assertThatExceptionOfType(SealedSecretException.class).isThrownBy(
				() -> this.sealer.open(binding, stored, new EnvelopeSealer.LegacySeal(legacyKey, bytes("kid-2"))));
	}

	@Example
	void opensACredentialStoredByIntegrationsServiceBeforeTheKit() {
		// Sealed by integrations-service's EnvelopeCipher (key of 32 bytes 0x07).
		SealedSecret stored = new SealedSecret("kek-c7de5d4b9b641af2", HexFormat.of()
			.parseHex("fe43f9a0d598d72a2214a1107b86859ba4c24554bb770c07cfb6d961a0c18571fa884a14d080491bee1b2c361b3f937a"
					+ "02335468aba1aa1f391aae7c"),
				HexFormat.of()
					.parseHex("f5b4c4fae354b39ce6d382f442cc44f46414c98e5f9994c2b57334393db5ae0e7c36cdeeac82b4230e3d11b5"
							+ "ecb4a8b353d7"));
		SecretBinding binding = new SecretBinding("sentia.integrations.credential",
				"6f1d2c3b-4a59-4e68-8776-a5b4c3d2e1f0|apiKey");

		assertThat(OLD.id()).isEqualTo(stored.kekId());
		assertThat(new String(this.sealer.open(binding, stored), StandardCharsets.UTF_8))
			.isEqualTo("shpat_0123456789abcdef");
	}

	@Example
	void knowsWhetherItIsTheDevelopmentKeyAndNeverShowsAKey() {
		String development = "c2VudGlhLWludGVncmF0aW9ucy1kZXYta2VrLTMyYnk=";
		KeyEncryptionKey dev = KeyEncryptionKey.fromBase64("SENTIA_TEST_KEK", development, development);
		KeyEncryptionKey real = KeyEncryptionKey.fromBase64("SENTIA_TEST_KEK",
				"MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=", development);

		assertThat(dev.isDevelopmentKey()).isTrue();
		assertThat(new EnvelopeSealer(dev, null).usesDevelopmentKey()).isTrue();
		assertThat(real.isDevelopmentKey()).isFalse();
		assertThat(dev.id()).isEqualTo("kek-b6cf3cae553563bd");
		assertThat(dev.toString()).doesNotContain(development).contains("development");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> KeyEncryptionKey.fromBase64("SENTIA_TEST_KEK", "c2hvcnQ=", null))
			.withMessageContaining("SENTIA_TEST_KEK")
			.withMessageContaining("32 bytes")
			.withMessageNotContaining("c2hvcnQ=");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> KeyEncryptionKey.fromBase64("SENTIA_TEST_KEK", "not base64!", null))
			.withMessageContaining("base64");
	}

	@Provide
	Arbitrary<String> subjects() {
		return Arbitraries.strings().ofMinLength(0).ofMaxLength(60).map((text) -> UUID.randomUUID() + "|" + text);
	}

	private static SecretBinding binding() {
		return new SecretBinding("sentia.test.secret", UUID.randomUUID() + "|apiKey");
	}

	private static byte[] flipped(byte[] bytes, int position, int flip) {
		byte[] copy = bytes.clone();
		copy[position % copy.length] ^= (byte) flip;
		return copy;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

}
