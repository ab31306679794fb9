package io.sentia.devstack;

import java.io.IOException;

/**
 * A real redis-server (the binary bundled in embedded-redis) on a fixed loopback port, no
 * persistence.
 */
final class RedisServer implements AutoCloseable {

	private final redis.embedded.RedisServer server;

	private final int port;

	private RedisServer(redis.embedded.RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static RedisServer start(int port) throws IOException {
		redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer()
			.port(port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.setting("maxmemory 128mb")
			.build();
		server.start();
		return new RedisServer(server, port);
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() throws IOException {
		this.server.stop();
	}

}
