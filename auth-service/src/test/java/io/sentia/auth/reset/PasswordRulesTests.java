package io.sentia.auth.reset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password must be 12 to 256 characters and not the account's e-mail address.
 */
class PasswordRulesTests {

	private static final String EMAIL = "ann.lee@highland-harbour.example";

	@Test
	void acceptsTwelveCharacters() {
		assertThat(PasswordRules.violation("abcdefghijkl", EMAIL)).isEmpty();
	}

	@Test
	void refusesElevenCharactersCountingCodePoints() {
		assertThat(PasswordRules.violation("abcdefghijk", EMAIL)).hasValue("must be at least 12 characters long");
		// Eleven emoji are 22 UTF-16 chars but still eleven characters.
		assertThat(PasswordRules.violation("\uD83D\uDD11".repeat(11), EMAIL)).isPresent();
		assertThat(PasswordRules.violation(null, EMAIL)).isPresent();
	}

	@Test
	void refusesMoreThan256Characters() {
		assertThat(PasswordRules.violation("a".repeat(256), EMAIL)).isEmpty();
		assertThat(PasswordRules.violation("a".repeat(257), EMAIL)).hasValue("must be at most 256 characters long");
	}

	@Test
	void refusesTheEmailAddressInAnyCase() {
		assertThat(PasswordRules.violation(EMAIL, EMAIL)).hasValue("must not be your e-mail address");
		assertThat(PasswordRules.violation(" Ann.Lee@Highland-Harbour.example ", EMAIL)).isPresent();
		assertThat(PasswordRules.violation(EMAIL + "!", EMAIL)).isEmpty();
	}

}
