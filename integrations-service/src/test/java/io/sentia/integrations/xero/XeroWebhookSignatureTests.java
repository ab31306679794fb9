package io.sentia.integrations.xero;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XeroWebhookSignatureTests {

	private static final String KEY = "xero-webhook-signing-key";

	@Test
	void verifiesTheOfficialBodySignedWithTheWebhookKey() {
		byte[] body = XeroFixtures.text("webhook-event.contact-update.json").getBytes(StandardCharsets.UTF_8);
		// Computed independently: openssl dgst -sha256 -hmac KEY -binary < the file |
		// base64
		String expected = "o4PIBHoV4hPjLs/06WMBImn65UmGB5U3p4W6b20f+oM=";
		assertThat(XeroWebhookSignature.sign(body, KEY)).isEqualTo(expected);
		assertThat(XeroWebhookSignature.matches(body, expected, KEY)).isTrue();
	}

	@Property
	void anyChangedByteFailsVerification(@ForAll @NotEmpty byte[] body, @ForAll int position) {
		String signature = XeroWebhookSignature.sign(body, KEY);
		byte[] tampered = body.clone();
		int at = Math.floorMod(position, tampered.length);
		tampered[at] ^= 1;
		assertThat(XeroWebhookSignature.matches(body, signature, KEY)).isTrue();
		assertThat(XeroWebhookSignature.matches(tampered, signature, KEY)).isFalse();
	}

	@Property
	void anotherKeyFailsVerification(@ForAll byte[] body, @ForAll @NotEmpty String otherKey) {
		net.jqwik.api.Assume.that(!otherKey.equals(KEY));
		assertThat(XeroWebhookSignature.matches(body, XeroWebhookSignature.sign(body, otherKey), KEY)).isFalse();
	}

	@Test
	void refusesMissingOrMalformedSignaturesAndAnUnsetKey() {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		assertThat(XeroWebhookSignature.matches(body, null, KEY)).isFalse();
		assertThat(XeroWebhookSignature.matches(body, "not base64!", KEY)).isFalse();
		assertThat(XeroWebhookSignature.matches(body, XeroWebhookSignature.sign(body, KEY), "")).isFalse();
	}

}
