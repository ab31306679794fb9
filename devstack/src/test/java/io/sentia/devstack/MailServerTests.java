package io.sentia.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The devstack's in-process GreenMail: a mail sent over SMTP can be read through the REST
 * API whose address the banner prints.
 */
class MailServerTests {

	private static final Path JAR = Path.of("target/greenmail/greenmail-standalone.jar");

	@Test
	void keepsAMailSentOverSmtpReadableThroughTheRestApi() throws Exception {
		try (MailServer mail = MailServer.start(JAR, freePort(), freePort())) {
			sendOverSmtp(mail.smtpPort(), "manager@highland-harbour.example", "Stock-out risk: WHISKY-12");

			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(mail.messagesOf("manager@highland-harbour.example"))).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("Stock-out risk: WHISKY-12", "manager@highland-harbour.example");
		}
	}

	@Test
	void freesItsPortsWhenClosed() throws Exception {
		int smtp = freePort();
		int api = freePort();
		MailServer.start(JAR, smtp, api).close();

		try (MailServer again = MailServer.start(JAR, smtp, api)) {
			assertThat(again.smtpPort()).isEqualTo(smtp);
		}
	}

	@Test
	void saysHowToGetTheJarWhenItIsMissing() {
		assertThatIOException().isThrownBy(() -> MailServer.start(Path.of("target/nowhere.jar"), 1, 2))
			.withMessageContaining("build devstack");
	}

	/** A bare SMTP conversation, as a service's mail client has it. */
	private static void sendOverSmtp(int port, String to, String subject) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			expect(in, "220");
			command(out, in, "EHLO devstack.test", "250");
			command(out, in, "MAIL FROM:<notifications@sentia.localhost>", "250");
			command(out, in, "RCPT TO:<" + to + ">", "250");
			command(out, in, "DATA", "354");
			command(out, in, "From: notifications@sentia.localhost\r\nTo: " + to + "\r\nSubject: " + subject
					+ "\r\n\r\nNine days of cover left.\r\n.", "250");
			command(out, in, "QUIT", "221");
		}
	}

	private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		expect(in, expected);
	}

	/** Reads a reply, multi-line ones included, and checks its code. */
	private static void expect(BufferedReader in, String code) throws IOException {
		String line;
		do {
			line = in.readLine();
			assertThat(line).as("SMTP reply").isNotNull().startsWith(code);
		}
		while (line.charAt(3) == '-');
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
