package io.sentia.auth.reset;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least 12 characters (NIST SP 800-63B lets length, not
 * character classes, carry the strength), at most 256 so hashing stays bounded, and not
 * the account's own e-mail address.
 */
public final class PasswordRules {

	/** Shortest password accepted. */
	public static final int MIN_LENGTH = 12;

	/** Longest password accepted. */
	public static final int MAX_LENGTH = 256;

	private PasswordRules() {
	}

	/**
	 * Checks a new password.
	 * @param password the new password
	 * @param email the account's e-mail address
	 * @return what is wrong, for the user, or empty if it is acceptable
	 */
	public static Optional<String> violation(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters long");
		}
		if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("must not be your e-mail address");
		}
		return Optional.empty();
	}

}
