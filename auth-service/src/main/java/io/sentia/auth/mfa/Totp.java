package io.sentia.auth.mfa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with the parameters every
 * authenticator app uses by default: HMAC-SHA-1, 30-second steps from the Unix epoch, 6
 * digits, and a verification window of one step either side for clock drift.
 */
public final class Totp {

	/** Length of a time step in seconds. */
	public static final long STEP_SECONDS = 30;

	/** Digits of a code. */
	public static final int DIGITS = 6;

	/** Steps accepted either side of the current one. */
	public static final int WINDOW = 1;

	private static final String ALGORITHM = "HmacSHA1";

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
			100_000_000 };

	private Totp() {
	}

	/**
	 * Returns the time step an instant falls in.
	 * @param instant the instant
	 * @return seconds since the epoch divided by {@link #STEP_SECONDS}
	 */
	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * Computes the code of one time step (RFC 4226 dynamic truncation over HMAC-SHA-1 of
	 * the big-endian step counter).
	 * @param secret the shared secret
	 * @param step the time step
	 * @param digits number of digits, 1 to 8
	 * @return the code, zero-padded to {@code digits}
	 */
	public static String code(byte[] secret, long step, int digits) {
		if (digits < 1 || digits > 8) {
			throw new IllegalArgumentException("digits must be between 1 and 8, not " + digits);
		}
		byte[] hash = hmac(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	/**
	 * Finds the time step within the window around {@code now} whose code is
	 * {@code code}, comparing in constant time.
	 * @param secret the shared secret
	 * @param code what the user typed (spaces allowed)
	 * @param now the current time
	 * @return the matching step, or empty if the code matches none
	 */
	public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		String typed = (code != null) ? code.replace(" ", "") : "";
		if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(now);
		long match = Long.MIN_VALUE;
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			boolean equal = MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII));
			// Keep looping after a match so the time taken does not reveal which step
			// matched.
			if (equal && match == Long.MIN_VALUE) {
				match = step;
			}
		}
		return (match == Long.MIN_VALUE) ? OptionalLong.empty() : OptionalLong.of(match);
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is required of every Java platform", ex);
		}
	}

}
