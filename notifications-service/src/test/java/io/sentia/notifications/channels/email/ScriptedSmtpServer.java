package io.sentia.notifications.channels.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on the wire that answers {@code RCPT TO} with a reply the test chooses
 * (e.g. {@code 451 4.3.0 try again later}, {@code 550 5.1.1 no such user}), for the
 * refusals GreenMail never gives. Or, started silent, one that accepts connections and
 * never greets.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final String recipientReply;

	private final boolean silent;

	private final Thread thread;

	private ScriptedSmtpServer(String recipientReply, boolean silent) throws IOException {
		this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		this.recipientReply = recipientReply;
		this.silent = silent;
		this.thread = Thread.ofVirtual().start(this::serve);
	}

	static ScriptedSmtpServer answeringRecipientsWith(String reply) throws IOException {
		return new ScriptedSmtpServer(reply, false);
	}

	static ScriptedSmtpServer silent() throws IOException {
		return new ScriptedSmtpServer(null, true);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				if (this.silent) {
					client.getInputStream().read();
					continue;
				}
				converse(client);
			}
			catch (SocketException ex) {
				return;
			}
			catch (IOException ex) {
				// The client hung up mid-conversation; wait for the next one.
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = client.getOutputStream();
		reply(out, "220 scripted.test ESMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO")) {
				reply(out, "250-scripted.test\r\n250 8BITMIME");
			}
			else if (command.startsWith("RCPT")) {
				reply(out, this.recipientReply);
			}
			else if (command.startsWith("DATA")) {
				reply(out, "554 5.5.1 no valid recipients");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String reply) throws IOException {
		out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		this.thread.interrupt();
	}

}
