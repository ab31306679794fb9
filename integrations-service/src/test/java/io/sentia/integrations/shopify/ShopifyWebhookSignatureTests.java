package io.sentia.integrations.shopify;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyWebhookSignatureTests {

	@Test
	void matchesShopifysPublishedAlgorithm() {
		// Base64(HMAC-SHA256("hello", "secret")), as `openssl dgst -sha256 -hmac secret
		// -binary | base64` prints it.
		assertThat(ShopifyWebhookSignature.sign("hello".getBytes(StandardCharsets.UTF_8), "secret"))
			.isEqualTo("iKqz7ejTrflNJquQ07r9SiCDBww7zOnAFO4EpEOEfAs=");
	}

	@Property
	void acceptsItsOwnSignature(@ForAll byte[] body, @ForAll @NotEmpty String secret) {
		assertThat(ShopifyWebhookSignature.matches(body, ShopifyWebhookSignature.sign(body, secret), secret)).isTrue();
	}

	@Property
	void refusesAnyOneByteChange(@ForAll @NotEmpty byte[] body, @ForAll @IntRange(min = 0, max = 10_000) int at,
			@ForAll @IntRange(min = 1, max = 255) int flip) {
		String signature = ShopifyWebhookSignature.sign(body, "app-secret");
		byte[] changed = body.clone();
		changed[at % changed.length] ^= (byte) flip;

		assertThat(ShopifyWebhookSignature.matches(changed, signature, "app-secret")).isFalse();
	}

	@Property
	void refusesAnotherKey(@ForAll byte[] body, @ForAll @NotEmpty String secret, @ForAll @NotEmpty String other) {
		Assume.that(!secret.equals(other));

		assertThat(ShopifyWebhookSignature.matches(body, ShopifyWebhookSignature.sign(body, secret), other)).isFalse();
	}

	@Property
	void refusesGarbageWithoutThrowing(@ForAll byte[] body, @ForAll String header) {
		assertThat(ShopifyWebhookSignature.matches(body, header, "app-secret")).isFalse();
	}

}
