package io.sentia.auth.mfa;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Base32 follows the RFC 4648 test vectors (without padding) and decodes what it encodes.
 */
class Base32Tests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void matchesTheRfc4648Vectors(String text, String encoded) {
		assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(Base32.decode(encoded)).asString(StandardCharsets.US_ASCII).isEqualTo(text);
	}

	@Test
	void decodesLowerCaseSpacedAndPaddedText() {
		assertThat(Base32.decode("mzxw 6ytb oi======")).asString(StandardCharsets.US_ASCII).isEqualTo("foobar");
	}

	@Test
	void decodesWhatItEncodesForEveryLength() {
		SecureRandom random = new SecureRandom();
		for (int length = 0; length <= 64; length++) {
			byte[] data = new byte[length];
			random.nextBytes(data);
			assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
		}
	}

	@Test
	void rejectsCharactersOutsideTheAlphabet() {
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW1"));
	}

}
