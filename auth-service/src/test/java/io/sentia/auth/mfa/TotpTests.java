package io.sentia.auth.mfa;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * TOTP codes match the RFC 6238 Appendix B test vectors (SHA-1) and verification accepts
 * exactly one step of drift either side.
 */
class TotpTests {

	/** The RFC's SHA-1 seed: the ASCII string "12345678901234567890". */
	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "T={0}s -> {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238Sha1Vectors(long epochSeconds, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
		assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
		// Six digits are the last six of the eight: both are the same number modulo a
		// power of ten.
		assertThat(Totp.code(RFC_SEED, step, Totp.DIGITS)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheCodeOfTheCurrentStepAndOneStepEitherSide() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long current = Totp.step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step, 6), now)).hasValue(step);
		}
	}

	@Test
	void rejectsCodesTwoStepsAwayOrMalformed() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long current = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SEED, null, now)).isEmpty();
	}

	@Test
	void acceptsACodeTypedWithASpaceInTheMiddle() {
		Instant now = Instant.ofEpochSecond(59);
		String code = Totp.code(RFC_SEED, Totp.step(now), 6);
		assertThat(Totp.matchingStep(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
	}

	@Test
	void refusesDigitCountsOutsideOneToEight() {
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.code(RFC_SEED, 1, 9));
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.code(RFC_SEED, 1, 0));
	}

}
