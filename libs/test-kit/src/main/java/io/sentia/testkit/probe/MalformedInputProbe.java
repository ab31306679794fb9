package io.sentia.testkit.probe;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every operation of a service's OpenAPI 3 document the malformed inputs of
 * {@link InputCategory}, each in an otherwise plausible request with a valid token, and
 * reports every answer that is a 5xx (or none at all) and every 4xx that is not
 * {@code application/problem+json}. Besides the documented operations it probes one
 * endpoint that does not exist, so the error path is covered even for a service without
 * operations. Bounded: at most {@link #maxRequestsPerOperation} requests per operation
 * (about 30 for a typical one), sent one after another.
 * <p>
 * Against a service started by a test, or the whole platform through the gateway:
 * <pre>{@code
 * MalformedInputProbe probe = MalformedInputProbe.against(URI.create("http://localhost:" + port),
 *         () -> TestTokens.bearer(TestTokens.user(tenant, "ADMIN")));
 * ProbeReport report = probe.probe(probe.fetch("/v3/api-docs"));
 * assertThat(report.serverErrors()).as(report.toString()).isEmpty();
 * }</pre> Through the gateway, fetch each service's document where it is served (or pass
 * it as a string) and probe with the gateway's base URL; {@link #onlyPaths} keeps the
 * operations the gateway routes.
 */
public final class MalformedInputProbe {

	/**
	 * Requests per operation unless {@link #maxRequestsPerOperation(int)} says otherwise.
	 */
	public static final int DEFAULT_MAX_REQUESTS_PER_OPERATION = 60;

	/** A path no service serves: the probe sends it malformed input too. */
	static final String UNKNOWN_ENDPOINT = "/api/probe-no-such-endpoint/{id}";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final URI baseUrl;

	private final Supplier<String> authorization;

	private final Predicate<String> paths;

	private final int maxRequestsPerOperation;

	private final Duration timeout;

	private MalformedInputProbe(URI baseUrl, Supplier<String> authorization, Predicate<String> paths,
			int maxRequestsPerOperation, Duration timeout) {
		this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
		this.authorization = Objects.requireNonNull(authorization, "authorization");
		this.paths = paths;
		this.maxRequestsPerOperation = maxRequestsPerOperation;
		this.timeout = timeout;
	}

	/**
	 * A probe of the service (or gateway) at a base URL.
	 * @param baseUrl e.g. {@code http://localhost:8080}; request paths are appended to it
	 * @param authorization the {@code Authorization} header value for each request, e.g.
	 * {@code () -> TestTokens.bearer(TestTokens.user(tenant, "ADMIN"))}; asked once per
	 * request, so short-lived tokens may be minted afresh
	 * @return the probe
	 */
	public static MalformedInputProbe against(URI baseUrl, Supplier<String> authorization) {
		return new MalformedInputProbe(baseUrl, authorization, (path) -> true, DEFAULT_MAX_REQUESTS_PER_OPERATION,
				Duration.ofSeconds(30));
	}

	/**
	 * Probes only the operations whose path template matches.
	 * @param pathTemplate e.g. {@code (path) -> path.startsWith("/api/")}
	 * @return a changed probe
	 */
	public MalformedInputProbe onlyPaths(Predicate<String> pathTemplate) {
		return new MalformedInputProbe(this.baseUrl, this.authorization, pathTemplate, this.maxRequestsPerOperation,
				this.timeout);
	}

	/**
	 * Caps the requests per operation (whole-body and parameter inputs come first).
	 * @param max at least 1
	 * @return a changed probe
	 */
	public MalformedInputProbe maxRequestsPerOperation(int max) {
		if (max < 1) {
			throw new IllegalArgumentException("max must be at least 1");
		}
		return new MalformedInputProbe(this.baseUrl, this.authorization, this.paths, max, this.timeout);
	}

	/**
	 * Sets how long one request may take before it counts as no answer (default 30 s).
	 * @param timeout the timeout
	 * @return a changed probe
	 */
	public MalformedInputProbe timeout(Duration timeout) {
		return new MalformedInputProbe(this.baseUrl, this.authorization, this.paths, this.maxRequestsPerOperation,
				timeout);
	}

	/**
	 * Reads the OpenAPI document from below the base URL, with the authorization.
	 * @param path e.g. {@code /v3/api-docs}
	 * @return the document as JSON
	 */
	public String fetch(String path) {
		return new ProbeTransport(this.baseUrl, this.authorization, this.timeout).get(path);
	}

	/**
	 * Lists the requests the probe would send for a document, without sending any.
	 * @param openApiJson an OpenAPI 3 document as JSON
	 * @return the requests
	 */
	public List<ProbeRequest> requests(String openApiJson) {
		MalformedInputGenerator generator = generator(MAPPER.readTree(openApiJson));
		List<ProbeRequest> requests = new ArrayList<>();
		for (MalformedInputGenerator.Operation operation : generator.operations()) {
			if (this.paths.test(operation.path())) {
				requests.addAll(generator.requests(operation));
			}
		}
		requests.addAll(generator.requests(unknownEndpoint()));
		return requests;
	}

	/**
	 * Sends every request of {@link #requests(String)} and collects the findings.
	 * @param openApiJson an OpenAPI 3 document as JSON
	 * @return the report; a service that handles bad input has no
	 * {@link ProbeReport#serverErrors() server errors}
	 */
	public ProbeReport probe(String openApiJson) {
		List<ProbeRequest> requests = requests(openApiJson);
		ProbeTransport transport = new ProbeTransport(this.baseUrl, this.authorization, this.timeout);
		List<ProbeFinding> serverErrors = new ArrayList<>();
		List<ProbeFinding> notProblemJson = new ArrayList<>();
		for (ProbeRequest request : requests) {
			ProbeTransport.Answer answer = transport.send(request);
			ProbeFinding finding = new ProbeFinding(request, answer.status(), answer.contentType(), answer.body());
			if (finding.isServerError()) {
				serverErrors.add(finding);
			}
			else if (answer.status() >= 400 && !isProblemJson(answer.contentType())) {
				notProblemJson.add(finding);
			}
		}
		long operations = requests.stream().map(ProbeRequest::operation).distinct().count();
		return new ProbeReport(requests.size(), (int) operations, serverErrors, notProblemJson);
	}

	private MalformedInputGenerator generator(JsonNode document) {
		return new MalformedInputGenerator(document, this.maxRequestsPerOperation);
	}

	private static MalformedInputGenerator.Operation unknownEndpoint() {
		JsonNode string = MAPPER.readTree("{\"type\": \"string\"}");
		return new MalformedInputGenerator.Operation("POST", UNKNOWN_ENDPOINT,
				List.of(new MalformedInputGenerator.Parameter("id", "path", true, string, null)), null);
	}

	private static boolean isProblemJson(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
	}

}
