package io.sentia.servicekit.errors;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>
 * Bad input has one factory per kind of mistake, answering the same shape as Spring's own
 * binding and Bean Validation failures: {@link #invalidParameter(String, String)} for a
 * query or path parameter or a header, {@link #invalidField(String, String)} for a body
 * field. Both list what to fix in {@code errors: [{field, message}]}.
 */
public class ApiProblemException extends RuntimeException {

	/** The member listing what to fix, as every 400 for bad input has it. */
	static final String ERRORS = "errors";

	private final HttpStatus status;

	private final URI type;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private final List<InvalidField> errors = new ArrayList<>();

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
	 * A 400 of kind {@link ProblemType#INVALID_PARAMETER}: a query or path parameter, or
	 * a header, the caller must fix, answered as Spring answers a missing or malformed
	 * one.
	 * @param name the parameter as the client sent it, e.g. {@code limit}
	 * @param message what to fix, phrased to follow the name, e.g.
	 * {@code must be between 1 and 500}
	 * @return the exception to throw
	 */
	public static ApiProblemException invalidParameter(String name, String message) {
		return new ApiProblemException(ProblemType.INVALID_PARAMETER, "Parameter '" + name + "' " + message + ".")
			.withError(name, message);
	}

	/**
	 * A 400 of kind {@link ProblemType#VALIDATION}: a field of the request body the
	 * caller must fix, answered as a Bean Validation failure of that field.
	 * @param field the field as the client sent it, a JSON path for nested fields, e.g.
	 * {@code lines[0].quantity}
	 * @param message what to fix, phrased to follow the name, e.g.
	 * {@code must not be blank}
	 * @return the exception to throw
	 */
	public static ApiProblemException invalidField(String field, String message) {
		return new ApiProblemException(ProblemType.VALIDATION, "Field '" + field + "' " + message + ".")
			.withError(field, message);
	}

	/**
	 * A 400 of kind {@link ProblemType#VALIDATION} for several body fields at once.
	 * @param errors the fields and what to fix in each, at least one
	 * @return the exception to throw
	 */
	public static ApiProblemException invalidFields(List<InvalidField> errors) {
		Assert.notEmpty(errors, "errors must name at least one field");
		if (errors.size() == 1) {
			return invalidField(errors.getFirst().field(), errors.getFirst().message());
		}
		ApiProblemException problem = new ApiProblemException(ProblemType.VALIDATION,
				errors.size() + " fields are invalid.");
		problem.errors.addAll(errors);
		return problem;
	}

	/**
	 * Names an input the problem is about in its {@code errors} list, e.g. the field a
	 * conflict or a size limit concerns. The field-error factories above call it already.
	 * @param field the field, parameter or header as the client sent it
	 * @param message what to fix
	 * @return this exception
	 */
	public ApiProblemException withError(String field, String message) {
		this.errors.add(new InvalidField(field, message));
		return this;
	}

	/**
	 * Adds an extension member to the problem, e.g. the id the client sent.
	 * @param name member name; not {@code errors}, which {@link #withError} fills
	 * @param value member value, serialised as JSON
	 * @return this exception
	 */
	public ApiProblemException with(String name, Object value) {
		Assert.isTrue(!ERRORS.equals(name), "Name fields through withError(field, message)");
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
		if (!this.errors.isEmpty()) {
			problem.setProperty(ERRORS, List.copyOf(this.errors));
		}
		return problem;
	}

}
