package io.sentia.servicekit.testapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of the test broker's bootstrap address that starts closed:
 * while closed, clients bootstrapping through it find no broker, as if Kafka were down;
 * once {@link #open() opened} they reach the real broker. It cannot take a connected
 * client away again, so it simulates "down, then back", which is what the outbox tests
 * need.
 */
public final class BrokerProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	/**
	 * Creates a closed proxy for {@code bootstrapServers}.
	 * @param bootstrapServers {@code host:port} of the real broker (first entry used)
	 */
	public BrokerProxy(String bootstrapServers) {
		String first = bootstrapServers.split(",")[0].trim();
		int colon = first.lastIndexOf(':');
		this.targetHost = first.substring(0, colon);
		this.targetPort = Integer.parseInt(first.substring(colon + 1));
		this.port = freePort();
	}

	/**
	 * The address clients bootstrap with.
	 * @return {@code 127.0.0.1:<port>}
	 */
	public String address() {
		return "127.0.0.1:" + this.port;
	}

	/** Starts accepting and forwarding connections. */
	public void open() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", this.port));
			this.server = socket;
			this.resources.add(socket);
			Thread.ofPlatform().daemon(true).name("broker-proxy-accept").start(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot open the broker proxy on " + this.port, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				this.resources.add(client);
				this.resources.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// Closed while accepting, or the broker refused: the client sees a
				// dropped connection.
			}
		}
	}

	private static void pipe(Socket from, Socket to) {
		Thread.ofPlatform().daemon(true).name("broker-proxy-pipe").start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// One side closed; the other side's pipe ends too.
			}
		});
	}

	@Override
	public void close() {
		for (AutoCloseable resource : this.resources) {
			try {
				resource.close();
			}
			catch (Exception ex) {
				// Best effort at test end.
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
