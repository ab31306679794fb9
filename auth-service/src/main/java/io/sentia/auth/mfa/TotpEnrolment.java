package io.sentia.auth.mfa;

/**
 * A started TOTP enrolment: what the user puts into their authenticator app, once.
 *
 * @param secret the shared secret in base32, for typing in by hand
 * @param otpauthUri the {@code otpauth://totp/...} URI, for a QR code
 */
public record TotpEnrolment(String secret, String otpauthUri) {

	@Override
	public String toString() {
		return "TotpEnrolment[secret=***]";
	}

}
