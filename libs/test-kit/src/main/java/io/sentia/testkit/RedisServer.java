package io.sentia.testkit;

/**
 * A running Redis server for tests, whichever way it was obtained.
 */
public final class RedisServer {

	private final String host;

	private final int port;

	private final ServerSource source;

	RedisServer(String host, int port, ServerSource source) {
		this.host = host;
		this.port = port;
		this.source = source;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public ServerSource source() {
		return this.source;
	}

	@Override
	public String toString() {
		return "Redis at " + this.host + ":" + this.port + " (" + this.source + ")";
	}

}
