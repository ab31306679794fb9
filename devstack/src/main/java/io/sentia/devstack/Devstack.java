package io.sentia.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ./sentia up|status|down} commands. {@code up} runs in the foreground until
 * Ctrl-C or {@code down}; the platform's state lives in {@code .devstack/}.
 */
public final class Devstack {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/** The demo tenant's partner client; dev-only credentials created by auth-service. */
	static final String DEMO_PARTNER_ID = "highland-harbour-reporting";

	static final String DEMO_PARTNER_SECRET = "demo-partner-secret-2026";

	/** The development operations credential for metrics and detailed health. */
	static final String OPERATIONS_USER = "operations";

	static final String OPERATIONS_PASSWORD = "sentia-operations-dev-secret";

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\s*:\s*\"([^\"]+)\"");

	private static final Pattern LOAD_STATUS = Pattern.compile("\"state\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern LOAD_PERCENT = Pattern.compile("\"percent\"\\s*:\\s*([0-9.]+)");

	private Devstack() {
	}

	public static void main(String[] args) throws Exception {
		quietLibraryLogging();
		Path root = Path.of(System.getProperty("sentia.root", ".")).toAbsolutePath().normalize();
		Layout layout = Layout.forDev(root);
		String command = (args.length > 0) ? args[0] : "up";
		List<String> flags = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		int exit = switch (command) {
			case "up" -> up(layout, flags.contains("--fresh"));
			case "status" -> status(layout);
			case "down" -> down(layout);
			default -> {
				System.err.println("Unknown command '" + command + "'. Use up [--fresh], status or down.");
				yield 2;
			}
		};
		System.exit(exit);
	}

	/**
	 * Zonky and the Kafka admin client log every retry at INFO; the user wants the
	 * progress lines.
	 */
	static void quietLibraryLogging() {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
	}

	private static int up(Layout layout, boolean fresh) throws Exception {
		Optional<ProcessHandle> running = runningDevstack(layout);
		if (running.isPresent()) {
			System.err.println("The platform is already running (pid " + running.get().pid()
					+ "). ./sentia status shows it; ./sentia down stops it.");
			return 1;
		}
		PlatformOptions options = new PlatformOptions(layout, PortPlan.defaults(),
				ExternalServers.from(System.getenv()), PlatformOptions.currentJava(), PlatformOptions.DEV_JVM_FLAGS,
				fresh, Map.of());
		Files.createDirectories(layout.stateDir());
		Files.writeString(layout.pidFile(), Long.toString(ProcessHandle.current().pid()));
		long started = System.nanoTime();
		Platform platform;
		try {
			platform = Platform.start(options, System.out::println);
		}
		catch (Exception ex) {
			Files.deleteIfExists(layout.pidFile());
			System.err.println("\nThe platform did not start: " + ex.getMessage());
			System.err.println("Logs: " + layout.logsDir());
			return 1;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping the platform...");
			platform.close();
			try {
				Files.deleteIfExists(layout.pidFile());
			}
			catch (IOException ignored) {
				// The next 'up' checks the pid is alive, so a stale file does no harm.
			}
			stopped.countDown();
		}, "devstack-shutdown"));
		awaitDemoTenant(platform.gatewayUrl(), platform.issuerUrl());
		printBanner(options.ports(), (System.nanoTime() - started) / 1_000_000_000L, layout);
		stopped.await();
		return 0;
	}

	/**
	 * Shows the demo tenant's load progress before the banner, for at most five minutes
	 * (the platform is usable meanwhile).
	 */
	private static void awaitDemoTenant(String gateway, String issuer) throws InterruptedException {
		URI uri = URI.create(gateway + "/api/integrations/v1/demo/dataset");
		String last = "";
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		Optional<String> token = Optional.empty();
		while (System.nanoTime() < deadline) {
			if (token.isEmpty()) {
				token = demoPartnerToken(issuer);
			}
			Optional<String> body = token.flatMap((bearer) -> get(uri, bearer));
			if (body.isEmpty()) {
				token = Optional.empty();
				Thread.sleep(1000);
				continue;
			}
			Matcher status = LOAD_STATUS.matcher(body.get());
			String state = status.find() ? status.group(1) : "unknown";
			Matcher percent = LOAD_PERCENT.matcher(body.get());
			int tenths = percent.find() ? (int) Double.parseDouble(percent.group(1)) / 10 : 0;
			String line = "demo tenant: " + state + (state.equals("loading") ? " " + (tenths * 10) + "%+" : "");
			if (!line.equals(last)) {
				System.out.println("           " + line);
				last = line;
			}
			if (state.equals("loaded") || state.equals("failed")) {
				return;
			}
			Thread.sleep(1000);
		}
		System.out.println("           demo tenant still loading; see " + uri);
	}

	private static void printBanner(PortPlan ports, long seconds, Layout layout) {
		String gateway = "http://localhost:" + ports.gateway();
		System.out.println();
		System.out.println("Sentia is up (" + seconds + " s). Open:");
		System.out.println("  Gateway (all APIs)   " + gateway);
		System.out.println("  Log in               " + gateway + "/oauth2/authorization/sentia");
		System.out.println("                       manager@highland-harbour.example / demo-manager-2026 (dev only;");
		System.out.println("                       admin@, operator@, viewer@ likewise: see README)");
		System.out.println("  Who am I             " + gateway + "/api/me");
		System.out.println("  Health               " + gateway + "/health/detailed");
		System.out.println("  Revenue by region    " + gateway
				+ "/api/analytics/v1/revenue?from=2024-10-31&to=2026-10-31&groupBy=region");
		System.out.println("  Sales KPIs           " + gateway
				+ "/api/analytics/v1/sales?from=2026-10-01&to=2026-10-31&groupBy=channel");
		System.out.println("  Cash outlook         " + gateway + "/api/analytics/v1/cash/outlook");
		System.out.println("  Partner token        curl -u " + DEMO_PARTNER_ID + ":" + DEMO_PARTNER_SECRET
				+ " -d grant_type=client_credentials " + gateway + "/oauth2/token");
		System.out.println("  Demo dataset         " + gateway + "/api/integrations/v1/demo/dataset");
		System.out.println("  API reference        " + gateway + "/swagger-ui.html");
		System.out.println("  Metrics (Prometheus) " + gateway + "/metrics   (operations credential: " + OPERATIONS_USER
				+ " / " + OPERATIONS_PASSWORD + ", dev only)");
		System.out.println("  Eureka registry      http://127.0.0.1:" + ports.registry() + "   ("
				+ Platform.REGISTRY_USER + " / " + Platform.REGISTRY_PASSWORD + ", dev only)");
		System.out.println("  Mail (GreenMail)     http://127.0.0.1:" + ports.mailApi()
				+ "/api/user/manager@highland-harbour.example/messages/");
		System.out.println("                       (any address the same way; all users: http://127.0.0.1:"
				+ ports.mailApi() + "/api/user)");
		System.out.println("  Logs                 " + layout.logsDir());
		System.out.println("Ctrl-C or ./sentia down stops everything; data stays in " + layout.dataDir()
				+ " (./sentia up --fresh starts over).");
	}

	private static int status(Layout layout) {
		PortPlan ports = PortPlan.defaults();
		Optional<ProcessHandle> running = runningDevstack(layout);
		System.out.println("devstack: " + running.map((p) -> "running (pid " + p.pid() + ")").orElse("not running"));
		System.out.printf("  %-22s %-24s %s%n", "postgresql", "localhost:" + ports.postgres(),
				listening(ports.postgres()) ? "UP" : "DOWN");
		System.out.printf("  %-22s %-24s %s%n", "kafka", "localhost:" + ports.kafka(),
				listening(ports.kafka()) ? "UP" : "DOWN");
		System.out.printf("  %-22s %-24s %s%n", "redis", "localhost:" + ports.redis(),
				listening(ports.redis()) ? "UP" : "DOWN");
		System.out.printf("  %-22s %-24s %s%n", "smtp (GreenMail)", "localhost:" + ports.smtp(),
				listening(ports.smtp()) ? "UP" : "DOWN");
		boolean allUp = true;
		for (Component component : Component.ALL) {
			String base = "http://127.0.0.1:" + component.port(ports);
			boolean ready = ServiceProcess.isReady(URI.create(base + component.readinessPath()));
			allUp &= ready;
			System.out.printf("  %-22s %-24s %s%n", component.name(), base, ready ? "UP" : "DOWN");
		}
		get(URI.create("http://localhost:" + ports.gateway() + "/health/detailed"))
			.ifPresent((body) -> System.out.println("gateway /health/detailed: " + body));
		return allUp ? 0 : 1;
	}

	private static int down(Layout layout) throws InterruptedException {
		Optional<ProcessHandle> running = runningDevstack(layout);
		if (running.isEmpty()) {
			System.out.println("The platform is not running.");
			return 0;
		}
		System.out.println("Stopping the platform (pid " + running.get().pid() + ")...");
		running.get().destroy();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (running.get().isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
		if (running.get().isAlive()) {
			System.err.println("It did not stop within 120 s; kill it with: kill -9 " + running.get().pid());
			return 1;
		}
		System.out.println("Stopped.");
		return 0;
	}

	private static Optional<ProcessHandle> runningDevstack(Layout layout) {
		try {
			if (!Files.exists(layout.pidFile())) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(layout.pidFile()).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A token of the demo tenant's partner client (dev credentials, documented in the
	 * README); short-lived, so fetched again whenever a call is refused.
	 */
	private static Optional<String> demoPartnerToken(String issuer) {
		String basic = Base64.getEncoder()
			.encodeToString((DEMO_PARTNER_ID + ":" + DEMO_PARTNER_SECRET).getBytes(StandardCharsets.UTF_8));
		Optional<String> body = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.timeout(Duration.ofSeconds(3))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
		return body.map(ACCESS_TOKEN::matcher).filter(Matcher::find).map((matcher) -> matcher.group(1));
	}

	private static Optional<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build());
	}

	private static Optional<String> get(URI uri, String bearer) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(3))
			.header("Authorization", "Bearer " + bearer)
			.GET()
			.build());
	}

	private static Optional<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? Optional.of(response.body()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
