package io.sentia.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one platform every end-to-end scenario class drives: started by the first class
 * that needs it (from the packaged jars, on shifted ports, with its state in a temp
 * directory) and stopped when the whole run ends, so scenarios share its start-up cost.
 */
final class E2EPlatform implements BeforeAllCallback {

	static final String DEMO_TENANT = "5e471a00-0000-4000-8000-000000000001";

	/** The development operations credential devstack's services accept. */
	static final String OPERATIONS_USER = Devstack.OPERATIONS_USER;

	static final String OPERATIONS_PASSWORD = Devstack.OPERATIONS_PASSWORD;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static Running running;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start(context);
	}

	private static synchronized void start(ExtensionContext context) throws Exception {
		if (running != null) {
			return;
		}
		Devstack.quietLibraryLogging();
		Path root = Path.of(System.getProperty("sentia.root", "..")).toAbsolutePath().normalize();
		// State in the system temp directory, not under target/: PostgreSQL insists on
		// owning its data directory with mode 0700, which a checkout's filesystem may not
		// allow.
		Path stateDir = Files.createTempDirectory("sentia-e2e-");
		Layout layout = new Layout(root, stateDir);
		PlatformOptions options = new PlatformOptions(layout, PortPlan.shiftedBy(20000), ExternalServers.none(),
				PlatformOptions.currentJava(), PlatformOptions.DEV_JVM_FLAGS, true,
				// Low enough that demo orders need a manager's approval.
				Map.of("SENTIA_FORECASTING_PLANNING_APPROVAL_THRESHOLD", "1000"));
		Platform platform = Platform.start(options, (line) -> System.out.println("[e2e] " + line));
		running = new Running(platform, stateDir);
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(E2EPlatform.class, running);
	}

	static Platform platform() {
		return running().platform();
	}

	static String gateway() {
		return platform().gatewayUrl();
	}

	/** Where the services and the gateway write their logs. */
	static Path logsDir() {
		return running().stateDir().resolve("logs");
	}

	private static Running running() {
		if (running == null) {
			throw new IllegalStateException(
					"The end-to-end platform is not started: add @ExtendWith(E2EPlatform.class)");
		}
		return running;
	}

	/** A GET without credentials, as anyone on the network could send it. */
	static HttpResponse<String> anonymousGet(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Polls until the check returns non-null; transient errors count as "not yet". */
	static <T> T eventually(Duration timeout, Callable<T> check) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		Exception last = null;
		while (System.nanoTime() < deadline) {
			try {
				T result = check.call();
				if (result != null) {
					return result;
				}
			}
			catch (Exception | AssertionError ex) {
				last = (ex instanceof Exception exception) ? exception : new Exception(ex);
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Condition not met within " + timeout.toSeconds() + " s", last);
	}

	private record Running(Platform platform, Path stateDir) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.platform.close();
			Platform.deleteRecursively(this.stateDir);
		}

	}

}
