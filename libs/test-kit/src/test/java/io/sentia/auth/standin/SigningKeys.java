package io.sentia.auth.standin;

/** Stands in for a type of auth-service, which no other service may reach. */
public final class SigningKeys {

	private SigningKeys() {
	}

	public static String current() {
		return "kid-1";
	}

}
