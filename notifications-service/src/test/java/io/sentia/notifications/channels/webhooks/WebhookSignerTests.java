package io.sentia.notifications.channels.webhooks;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our signer against the specification's own test vector and an independent verifier.
 */
class WebhookSignerTests {

	@Test
	void signsTheSpecificationsTestVector() {
		// The vector of the Standard Webhooks reference libraries' tests.
		String signature = WebhookSigner.signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
				List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Property(tries = 200)
	void anySignedDeliveryVerifiesWithTheSecret(@ForAll @StringLength(max = 2000) String body,
			@ForAll @StringLength(min = 1, max = 60) String id,
			@ForAll @LongRange(min = 1_000_000_000L, max = 4_000_000_000L) long timestamp) {
		Assume.that(!id.contains(" "));
		String secret = WebhookSigner.newSecret();

		String header = WebhookSigner.signature(id, timestamp, body, List.of(secret));

		assertThat(StandardWebhooksVerifier.verifies(secret, id, Long.toString(timestamp), header, body,
				Instant.ofEpochSecond(timestamp)))
			.isTrue();
	}

	@Property(tries = 200)
	void aChangedBodyIdOrTimestampFailsToVerify(@ForAll @StringLength(min = 1, max = 500) String body,
			@ForAll @StringLength(max = 10) String change) {
		String secret = WebhookSigner.newSecret();
		long timestamp = 1_800_000_000L;
		String header = WebhookSigner.signature("msg_1", timestamp, body, List.of(secret));
		Instant now = Instant.ofEpochSecond(timestamp);

		assertThat(StandardWebhooksVerifier.verifies(secret, "msg_1", "1800000000", header, body + change + "x", now))
			.isFalse();
		assertThat(StandardWebhooksVerifier.verifies(secret, "msg_2", "1800000000", header, body, now)).isFalse();
		assertThat(StandardWebhooksVerifier.verifies(secret, "msg_1", "1800000001", header, body, now.plusSeconds(1)))
			.isFalse();
		assertThat(
				StandardWebhooksVerifier.verifies(WebhookSigner.newSecret(), "msg_1", "1800000000", header, body, now))
			.isFalse();
	}

	@Test
	void signsWithEveryValidSecretDuringARotation() {
		String current = WebhookSigner.newSecret();
		String previous = WebhookSigner.newSecret();

		String header = WebhookSigner.signature("msg_9", 1_800_000_000L, "{}", List.of(current, previous));

		assertThat(header.split(" ")).hasSize(2).allSatisfy((part) -> assertThat(part).startsWith("v1,"));
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(StandardWebhooksVerifier.verifies(current, "msg_9", "1800000000", header, "{}", now)).isTrue();
		assertThat(StandardWebhooksVerifier.verifies(previous, "msg_9", "1800000000", header, "{}", now)).isTrue();
	}

	@Test
	void newSecretsAreWhsecPrefixedBase64OfThirtyTwoRandomBytes() {
		String secret = WebhookSigner.newSecret();

		assertThat(secret).startsWith("whsec_");
		assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
		assertThat(WebhookSigner.newSecret()).isNotEqualTo(secret);
	}

}
