package io.sentia.servicekit.standin.internal;

/** Stands in for an internal type of service-kit: public to Java, not to services. */
public final class Plumbing {

	private Plumbing() {
	}

	public static int pipes() {
		return 3;
	}

}
