package io.sentia.auth.user;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords and client secrets with Argon2id at OWASP's floor (m=19456
 * KiB, t=2, p=1; 16-byte salt, 32-byte hash), stored as {@code {argon2}$argon2id$...} so
 * the algorithm can change later without a migration.
 * <p>
 * Each hash costs 19 MiB and a core for tens of milliseconds, so at most
 * {@code maxConcurrent} run at once, admitted by a {@link HashingQueue}: each caller
 * (client address) has at most {@code maxPerCaller} hashes waiting or running and callers
 * take turns, so one caller cannot take the hasher over; a hash waits at most
 * {@code maxWait} for a slot and then gets a {@link PasswordHashingBusyException}
 * (answered 503, or 429 for a caller over its share) instead of piling up memory and
 * threads. It is the application's {@link PasswordEncoder}, so the authorization server
 * checks client secrets through the same bound.
 */
public class PasswordHasher implements PasswordEncoder {

	/** Memory cost in KiB (19 MiB). */
	public static final int MEMORY_KIB = 19456;

	/** Iterations. */
	public static final int ITERATIONS = 2;

	/** Lanes. */
	public static final int PARALLELISM = 1;

	static final String ARGON2_ID = "argon2";

	private final DelegatingPasswordEncoder encoder;

	private final HashingQueue queue;

	private final Supplier<String> caller;

	/**
	 * Creates the hasher.
	 * @param properties the bounds
	 * @param caller who is asking for the current hash (the client address), the key of
	 * fair admission
	 */
	public PasswordHasher(PasswordHashingProperties properties, Supplier<String> caller) {
		this(new HashingQueue(properties.permits(), properties.maxPerCaller(), properties.maxWait()), caller);
	}

	PasswordHasher(HashingQueue queue, Supplier<String> caller) {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
		this.encoder = new DelegatingPasswordEncoder(ARGON2_ID, Map.of(ARGON2_ID, argon2));
		this.queue = queue;
		this.caller = caller;
	}

	/**
	 * Hashes a password or secret.
	 * @param rawPassword the plain text
	 * @return {@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}
	 * @throws PasswordHashingBusyException when no slot frees up in time or the caller
	 * has its share of hashes in flight
	 */
	@Override
	public String encode(@Nullable CharSequence rawPassword) {
		return bounded(() -> this.encoder.encode(rawPassword));
	}

	/**
	 * Checks a password or secret against a stored hash, in constant time for the hash
	 * comparison.
	 * @param rawPassword the plain text
	 * @param encodedPassword the stored hash
	 * @return whether they match; {@code false} for a missing or unknown-format hash
	 * @throws PasswordHashingBusyException when no slot frees up in time or the caller
	 * has its share of hashes in flight
	 */
	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (encodedPassword == null || encodedPassword.isEmpty()) {
			return false;
		}
		return bounded(() -> {
			try {
				return this.encoder.matches(rawPassword, encodedPassword);
			}
			catch (IllegalArgumentException ex) {
				// An id we do not know: not a match, never a 500.
				return false;
			}
		});
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

	private <T> T bounded(Supplier<T> work) {
		return this.queue.run(this.caller.get(), work);
	}

}
