package io.sentia.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;

/**
 * Checks that servers named by SENTIA_* variables answer before tests use them, so a
 * wrong address fails once with a clear message instead of in every test.
 */
final class ProvidedServers {

	private static final int TIMEOUT_SECONDS = 10;

	private ProvidedServers() {
	}

	static RunningServer<PostgresServer> postgres(PostgresServer server) throws SQLException {
		return new RunningServer<>(server,
				"provided PostgreSQL " + server.version() + " at " + server.host() + ":" + server.port(),
				() -> dropCreatedDatabases(server));
	}

	static RunningServer<KafkaServer> kafka(KafkaServer server)
			throws ExecutionException, TimeoutException, InterruptedException {
		try (Admin admin = server.admin()) {
			admin.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		return new RunningServer<>(server, "provided at " + server.bootstrapServers(), () -> {
		});
	}

	static RunningServer<RedisServer> redis(RedisServer server) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(server.host(), server.port()), TIMEOUT_SECONDS * 1000);
			socket.setSoTimeout(TIMEOUT_SECONDS * 1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String reply = new String(in.readNBytes(7), StandardCharsets.US_ASCII);
			if (!reply.startsWith("+PONG")) {
				throw new IOException("Redis answered PING with '" + reply.strip() + "' instead of PONG"
						+ " (the test kit expects a server without a password)");
			}
		}
		return new RunningServer<>(server, "provided at " + server.host() + ":" + server.port(), () -> {
		});
	}

	/**
	 * A provided server outlives the JVM, so the databases its tests created are removed.
	 */
	private static void dropCreatedDatabases(PostgresServer server) throws SQLException {
		if (!server.createdDatabases().isEmpty()) {
			server.dropDatabases(server.createdDatabases().stream().sorted().toList());
		}
	}

}
