package io.sentia.auth.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten random codes of 80 bits each, shown to the user once, kept only as
 * SHA-256 hashes. 80 random bits make a fast hash safe here (there is nothing to guess a
 * dictionary from), and let a code be found by its hash without trying every stored one.
 */
public final class RecoveryCodes {

	/** How many codes a user gets at a time. */
	public static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private static final int GROUPS = 4;

	private static final int GROUP_LENGTH = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	/**
	 * Generates a fresh set of codes, e.g. {@code k3vq-7zpa-mx2d-4wfe}.
	 * @return {@link #COUNT} distinct codes
	 */
	public static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		while (codes.size() < COUNT) {
			String code = one();
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	/**
	 * Hashes a code as typed: case, spaces and dashes do not matter.
	 * @param code the code
	 * @return the SHA-256 of its canonical form
	 */
	public static byte[] hash(String code) {
		String canonical = code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
		try {
			return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	/**
	 * Whether text has the shape of a recovery code rather than a TOTP code.
	 * @param text what the user typed
	 * @return {@code true} if it could be a recovery code
	 */
	public static boolean looksLikeRecoveryCode(String text) {
		String canonical = text.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
		return canonical.length() == GROUPS * GROUP_LENGTH
				&& canonical.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

	private static String one() {
		StringBuilder code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

}
