package io.sentia.testkit;

/**
 * Where a test server came from, in the order {@link Infrastructure} tries them.
 */
public enum ServerSource {

	/** A running server named by SENTIA_* environment variables. */
	PROVIDED,

	/** A Testcontainers singleton, because Docker is available. */
	TESTCONTAINERS,

	/** A real server the test kit started itself, inside or beside this JVM. */
	IN_PROCESS

}
