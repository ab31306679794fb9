package io.sentia.auth.mfa;

/** Which second factor a user proved at sign-in. */
public enum SecondFactor {

	/** A code from the authenticator app. */
	TOTP,

	/** One of the single-use recovery codes. */
	RECOVERY_CODE

}
