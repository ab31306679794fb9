package io.sentia.auth.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTests {

	private final PasswordHasher hasher = new PasswordHasher(new PasswordHashingProperties(0, Duration.ofSeconds(2), 0),
			() -> "test");

	@Test
	void hashesWithArgon2idAtOwaspsFloor() {
		String hash = this.hasher.encode("correct horse battery staple");
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.hasher.matches("correct horse battery staple", hash)).isTrue();
		assertThat(this.hasher.matches("correct horse battery stapler", hash)).isFalse();
	}

	@Test
	void saltsEveryHash() {
		assertThat(this.hasher.encode("same")).isNotEqualTo(this.hasher.encode("same"));
	}

	@Test
	void treatsMissingOrForeignHashesAsNoMatch() {
		assertThat(this.hasher.matches("secret", null)).isFalse();
		assertThat(this.hasher.matches("secret", "{md5}5ebe2294ecd0e0f08eab7690d2a6ee69")).isFalse();
		assertThat(this.hasher.matches("secret", "secret")).isFalse();
	}

	@Test
	void releasesItsSlotAfterEachHash() {
		HashingQueue queue = new HashingQueue(1, 1, Duration.ofMillis(20));
		PasswordHasher bounded = new PasswordHasher(queue, () -> "test");
		String hash = bounded.encode("secret");
		assertThat(bounded.matches("secret", hash)).isTrue();
		assertThat(bounded.encode("secret")).startsWith("{argon2}");
		assertThat(queue.waiting()).isZero();
	}

}
