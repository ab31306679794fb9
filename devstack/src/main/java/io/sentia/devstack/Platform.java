package io.sentia.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One running platform: infrastructure, registry, services and gateway. Started
 * health-gated in dependency order; each part can be stopped, killed and restarted on its
 * own, which is what the end-to-end fault tests do.
 */
public final class Platform implements AutoCloseable {

	private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(90);

	/**
	 * How long each service may take to become ready: 240 s, or the ISO-8601 duration of
	 * the system property {@code sentia.devstack.service-timeout} (a machine shared with
	 * other builds can need longer).
	 */
	private static final Duration SERVICE_TIMEOUT = Duration
		.parse(System.getProperty("sentia.devstack.service-timeout", "PT240S"));

	/** The registry's development credential (refused under the prod profile). */
	static final String REGISTRY_USER = "sentia";

	static final String REGISTRY_PASSWORD = "sentia-registry-dev-secret";

	private final PlatformOptions options;

	private final Consumer<String> progress;

	private final long startedAt = System.nanoTime();

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private PostgresServer postgres;

	private KafkaBroker kafka;

	private RedisServer redis;

	private MailServer mail;

	private Platform(PlatformOptions options, Consumer<String> progress) {
		this.options = options;
		this.progress = progress;
		for (Component component : Component.ALL) {
			this.services.put(component.name(), new ServiceProcess(component, component.port(options.ports()),
					options.layout().jarOf(component.name()), options.layout().logOf(component.name())));
		}
	}

	/**
	 * Starts everything and returns once the gateway is ready; on failure stops what it
	 * started.
	 */
	public static Platform start(PlatformOptions options, Consumer<String> progress) throws Exception {
		Platform platform = new Platform(options, progress);
		try {
			platform.startAll();
			return platform;
		}
		catch (Exception ex) {
			platform.close();
			throw ex;
		}
	}

	private void startAll() throws Exception {
		Layout layout = this.options.layout();
		if (this.options.fresh()) {
			say("--fresh: removing " + layout.dataDir());
			deleteRecursively(layout.dataDir());
		}
		layout.createDirectories();
		startInfrastructure();
		ServiceProcess registry = this.services.get("service-registry");
		startAndAwait(List.of(registry));
		startAndAwait(this.services.values().stream().filter((s) -> s.component().order() == 1).toList());
		startAndAwait(List.of(this.services.get("gateway")));
		say("platform ready");
	}

	private void startInfrastructure() throws Exception {
		ExternalServers external = this.options.external();
		PortPlan ports = this.options.ports();
		CompletableFuture<Void> kafkaStarted = CompletableFuture.completedFuture(null);
		if (!external.hasKafka()) {
			this.kafka = new KafkaBroker(this.options.layout(), ports.kafka(), ports.kafkaController(),
					this.options.javaBin());
			kafkaStarted = CompletableFuture.runAsync(() -> {
				try {
					this.kafka.start(INFRA_TIMEOUT);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex.getMessage(), ex);
				}
			});
		}
		if (external.hasPostgres()) {
			this.postgres = PostgresServer.external(external);
		}
		else {
			this.postgres = PostgresServer.startEmbedded(this.options.layout().dataDir().resolve("postgres"),
					ports.postgres(), this.options.layout().logOf("postgres"), this::say);
		}
		this.postgres
			.ensureDatabases(Component.ALL.stream().map(Component::database).filter(Objects::nonNull).toList());
		say("PostgreSQL ready on " + this.postgres.host() + ":" + this.postgres.port()
				+ (this.postgres.isEmbedded() ? " (embedded, data in .devstack)" : " (external)"));
		if (!external.hasRedis()) {
			this.redis = RedisServer.start(ports.redis());
			say("Redis ready on 127.0.0.1:" + ports.redis() + " (embedded)");
		}
		else {
			say("Redis: external " + external.redisHost());
		}
		this.mail = MailServer.start(this.options.layout().mailServerJar(), ports.smtp(), ports.mailApi());
		say("SMTP ready on 127.0.0.1:" + ports.smtp() + " (GreenMail, in-process; mail readable at "
				+ this.mail.apiUrl() + ")");
		try {
			kafkaStarted.join();
		}
		catch (Exception ex) {
			throw new IOException("Kafka did not start: " + ex.getMessage(), ex);
		}
		say("Kafka ready on " + kafkaBootstrapServers() + (external.hasKafka() ? " (external)" : " (broker process)"));
	}

	private void startAndAwait(List<ServiceProcess> group) throws Exception {
		for (ServiceProcess service : group) {
			service.start(this.options.javaBin(), this.options.jvmFlags(), serviceEnvironment());
			say("starting " + service.component().name() + " on port " + service.port());
		}
		for (ServiceProcess service : group) {
			service.awaitReady(SERVICE_TIMEOUT);
			say(service.component().name() + " ready");
		}
	}

	Map<String, String> serviceEnvironment() {
		ExternalServers external = this.options.external();
		Map<String, String> env = new HashMap<>();
		env.put("SENTIA_POSTGRES_HOST", this.postgres.host());
		env.put("SENTIA_POSTGRES_PORT", Integer.toString(this.postgres.port()));
		env.put("SENTIA_POSTGRES_USER", this.postgres.user());
		env.put("SENTIA_POSTGRES_PASSWORD", this.postgres.password());
		env.put("SENTIA_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
		env.put("SENTIA_REDIS_HOST", external.hasRedis() ? external.redisHost() : "127.0.0.1");
		env.put("SENTIA_REDIS_PORT", Integer.toString(external.hasRedis() && external.redisPort() != null
				? external.redisPort() : this.options.ports().redis()));
		// The gateway's 300 ms Redis budget is for a production host; here every JVM runs
		// C1-only on a developer's shared cores, and a session lookup that waits out a
		// compile or a pause answered sign-in with 503. One second still fails fast.
		env.put("SPRING_DATA_REDIS_TIMEOUT", "1s");
		// The registry only takes registrations with its credential (development values
		// here;
		// the prod profile refuses them).
		env.put("SENTIA_REGISTRY_USER", REGISTRY_USER);
		env.put("SENTIA_REGISTRY_PASSWORD", REGISTRY_PASSWORD);
		env.put("SENTIA_EUREKA_URL", "http://" + REGISTRY_USER + ":" + REGISTRY_PASSWORD + "@127.0.0.1:"
				+ this.options.ports().registry() + "/eureka/");
		// Demo tenant, demo users and the demo data source exist only under this profile.
		env.put("SPRING_PROFILES_ACTIVE", "demo");
		// Everything runs on this machine: register loopback, not whichever interface is
		// first.
		env.put("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1");
		env.put("EUREKA_INSTANCE_HOSTNAME", "localhost");
		// Browsers, the gateway and the services must all name the issuer the same way:
		// it is in every token and checked by every resource server.
		env.put("SENTIA_AUTH_ISSUER", issuerUrl());
		// Behind the public issuer, applications fetch keys and tokens from auth-service
		// directly.
		env.put("SENTIA_AUTH_INTERNAL_URL", authInternalUrl());
		// auth-service believes X-Forwarded-For only from the gateway's address, so a
		// client on another loopback address is throttled as itself, never as the
		// gateway.
		env.put("SENTIA_AUTH_TRUSTED_PROXIES", "127.0.0.1/32,::1/128");
		env.put("SENTIA_SECURITY_JWKSETURI", authInternalUrl() + "/oauth2/jwks");
		env.put("SENTIA_GATEWAY_REDIRECT_URIS",
				"http://localhost:" + this.options.ports().gateway() + "/login/oauth2/code/sentia");
		env.put("SENTIA_GATEWAY_URL", "http://localhost:" + this.options.ports().gateway());
		// notifications-service sends its mail to the in-process GreenMail (no
		// authentication, no TLS: it never leaves this machine).
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", Integer.toString(this.options.ports().smtp()));
		// Links in messages lead to this platform's gateway; partner systems a developer
		// runs on this machine may receive webhooks (never allowed under prod).
		env.put("SENTIA_APP_BASE_URL", gatewayUrl());
		env.put("SENTIA_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATETARGETS", "true");
		env.putAll(this.options.extraEnv());
		return env;
	}

	/** GreenMail's REST API, where the mail the platform sent can be read. */
	public String mailApiUrl() {
		return "http://127.0.0.1:" + this.options.ports().mailApi();
	}

	public String kafkaBootstrapServers() {
		return this.options.external().hasKafka() ? this.options.external().kafkaBootstrapServers()
				: this.kafka.bootstrapServers();
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.options.ports().gateway();
	}

	/**
	 * The OAuth2 issuer: the gateway, the one public door browsers and partners use for
	 * sign-in and tokens too.
	 */
	public String issuerUrl() {
		return gatewayUrl();
	}

	/** auth-service's own address, reachable only from this machine. */
	public String authInternalUrl() {
		return "http://127.0.0.1:" + this.options.ports().auth();
	}

	public String baseUrlOf(String component) {
		return service(component).baseUrl();
	}

	public String jdbcUrl(String database) {
		return this.postgres.jdbcUrl(database);
	}

	public PlatformOptions options() {
		return this.options;
	}

	/** Stops one application gracefully (it deregisters from Eureka). */
	public void stop(String component) throws InterruptedException {
		service(component).stop();
	}

	/** Kills one application as a crash would. */
	public void kill(String component) throws InterruptedException {
		service(component).kill();
	}

	/** Starts one application again and waits until it is ready. */
	public void restart(String component) throws Exception {
		ServiceProcess service = service(component);
		service.start(this.options.javaBin(), this.options.jvmFlags(), serviceEnvironment());
		service.awaitReady(SERVICE_TIMEOUT);
	}

	public void stopKafka() throws InterruptedException {
		requireEmbeddedKafka().stop();
	}

	public void startKafka() throws Exception {
		requireEmbeddedKafka().start(INFRA_TIMEOUT);
	}

	/** What runs where, for the banner and {@code status}. */
	public Map<String, String> describe() {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("postgresql", this.postgres.host() + ":" + this.postgres.port());
		lines.put("kafka", kafkaBootstrapServers());
		lines.put("redis", "127.0.0.1:" + this.options.ports().redis());
		lines.put("smtp", "127.0.0.1:" + this.options.ports().smtp() + " (mail API http://127.0.0.1:"
				+ this.options.ports().mailApi() + ")");
		this.services.values().forEach((s) -> lines.put(s.component().name(), s.baseUrl() + " (pid " + s.pid() + ")"));
		return lines;
	}

	private KafkaBroker requireEmbeddedKafka() {
		if (this.kafka == null) {
			throw new IllegalStateException("Kafka is external; devstack cannot stop or start it");
		}
		return this.kafka;
	}

	private ServiceProcess service(String component) {
		ServiceProcess service = this.services.get(Component.named(component).name());
		return Objects.requireNonNull(service);
	}

	/**
	 * Stops applications in reverse start order, each start group in parallel (a service
	 * takes seconds to deregister and drain), then Kafka, Redis, the mail server and
	 * PostgreSQL.
	 */
	@Override
	public void close() {
		Map<Integer, List<ServiceProcess>> groups = new java.util.TreeMap<>(Comparator.reverseOrder());
		this.services.values()
			.forEach((s) -> groups.computeIfAbsent(s.component().order(), (order) -> new java.util.ArrayList<>())
				.add(s));
		for (List<ServiceProcess> group : groups.values()) {
			// A platform thread each: Process.waitFor would pin a virtual thread's
			// carrier.
			List<Thread> stopping = group.stream().map((service) -> Thread.ofPlatform().start(() -> {
				try {
					service.stop();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			})).toList();
			for (Thread thread : stopping) {
				try {
					thread.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		closeQuietly(this.kafka);
		closeQuietly(this.redis);
		closeQuietly(this.mail);
		closeQuietly(this.postgres);
		say("stopped");
	}

	private void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			say("while stopping: " + ex.getMessage());
		}
	}

	private void say(String message) {
		double seconds = (System.nanoTime() - this.startedAt) / 1e9;
		this.progress.accept(String.format("[%6.1fs] %s", seconds, message));
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
