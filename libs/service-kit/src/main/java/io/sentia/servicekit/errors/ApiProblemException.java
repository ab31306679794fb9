package io.sentia.servicekit.errors;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.Assert;

/**
 * Thrown by service code to answer a client error (4xx) as problem+json with a chosen
 * {@code type}, status and detail, e.g.
 * {@code throw ApiProblemException.notFound("No order 42 for this tenant")} or
 * {@code throw new ApiProblemException(HttpStatus.CONFLICT, "order-cancelled", "Order cancelled", "Order 42 is cancelled")}.
 * The detail is shown to the client, so it must say what to fix and nothing internal.
 */
public class ApiProblemException extends RuntimeException {

	private final HttpStatus status;

	private final URI type;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	/**
	 * Creates a problem of a service-specific kind.
	 * @param status a 4xx status
	 * @param type the kind: a slug (becomes {@code https://sentia.io/problems/<slug>}) or
	 * an absolute URI
	 * @param title short summary of the kind, the same for every occurrence
	 * @param detail what went wrong this time, for the client
	 */
	public ApiProblemException(HttpStatus status, String type, String title, String detail) {
		this(status, type.contains(":") ? URI.create(type) : ProblemType.uri(type), title, detail);
	}

	/**
	 * Creates a problem of one of the shared kinds.
	 * @param type the kind
	 * @param detail what went wrong this time, for the client
	 */
	public ApiProblemException(ProblemType type, String detail) {
		this(type.status(), type.uri(), type.title(), detail);
	}

	private ApiProblemException(HttpStatus status, URI type, String title, String detail) {
		super(detail);
		Assert.isTrue(status.is4xxClientError(), () -> "ApiProblemException is for 4xx answers, not " + status);
		Assert.hasText(title, "title must not be blank");
		Assert.hasText(detail, "detail must not be blank");
		this.status = status;
		this.type = type;
		this.title = title;
	}

	/**
	 * A 404 of kind {@link ProblemType#NOT_FOUND}.
	 * @param detail what was not found
	 * @return the exception to throw
	 */
	public static ApiProblemException notFound(String detail) {
		return new ApiProblemException(ProblemType.NOT_FOUND, detail);
	}

	/**
	 * A 409 of kind {@link ProblemType#CONFLICT}.
	 * @param detail what conflicts
	 * @return the exception to throw
	 */
	public static ApiProblemException conflict(String detail) {
		return new ApiProblemException(ProblemType.CONFLICT, detail);
	}

	/**
	 * A 400 of kind {@link ProblemType#BAD_REQUEST}.
	 * @param detail what to fix
	 * @return the exception to throw
	 */
	public static ApiProblemException badRequest(String detail) {
		return new ApiProblemException(ProblemType.BAD_REQUEST, detail);
	}

	/**
	 * Adds an extension member to the problem, e.g. the id the client sent.
	 * @param name member name
	 * @param value member value, serialised as JSON
	 * @return this exception
	 */
	public ApiProblemException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public URI getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * Returns the problem this exception answers with.
	 * @return a new problem detail
	 */
	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
		problem.setType(this.type);
		problem.setTitle(this.title);
		this.properties.forEach(problem::setProperty);
		return problem;
	}

}
