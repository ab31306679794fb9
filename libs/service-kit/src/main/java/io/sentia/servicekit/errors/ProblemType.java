package io.sentia.servicekit.errors;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem every service reports, each with a stable {@code type} URI that
 * clients may switch on. Services add their own kinds through
 * {@link ApiProblemException}.
 */
public enum ProblemType {

	/** Bean validation failed; {@code errors} lists the fields. */
	VALIDATION("validation", HttpStatus.BAD_REQUEST, "Validation failed"),

	/** A query parameter, path variable or header is missing or malformed. */
	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid request parameter"),

	/** The body is not JSON, or not JSON of the expected shape. */
	UNREADABLE_BODY("unreadable-body", HttpStatus.BAD_REQUEST, "Unreadable request body"),

	/** Any other malformed request. */
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),

	/** The caller is not authenticated. */
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),

	/** The caller may not do this. */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),

	/** No such endpoint or resource. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	/** The endpoint exists but not for this method. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	/** None of the accepted media types can be produced. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),

	/** The request conflicts with the current state. */
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),

	/** The body is too large. */
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),

	/** The body's media type is not supported. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	/** Well-formed but semantically unacceptable. */
	UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request"),

	/** Rate limit hit. */
	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),

	/** Something went wrong on our side; the detail never says what. */
	INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),

	/** A dependency is down. */
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	/** Prefix of every Sentia problem type. */
	public static final String BASE_URI = "https://sentia.io/problems/";

	private final URI uri;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.uri = URI.create(BASE_URI + slug);
		this.status = status;
		this.title = title;
	}

	/**
	 * Returns the stable type URI, {@code https://sentia.io/problems/<slug>}.
	 * @return the type URI
	 */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Returns the status this kind is usually answered with.
	 * @return the status
	 */
	public HttpStatus status() {
		return this.status;
	}

	/**
	 * Returns the short, human-readable summary that does not change between occurrences.
	 * @return the title
	 */
	public String title() {
		return this.title;
	}

	/**
	 * Returns the kind that generic errors of {@code status} are reported as.
	 * @param status an HTTP status code
	 * @return the kind, or {@code null} if the status has none
	 */
	public static @Nullable ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.status.value() == status && type != VALIDATION && type != INVALID_PARAMETER
					&& type != UNREADABLE_BODY) {
				return type;
			}
		}
		return (status >= 500) ? INTERNAL : null;
	}

	/**
	 * Builds a type URI for a service-specific kind.
	 * @param slug the kind, e.g. {@code order-already-cancelled}
	 * @return {@code https://sentia.io/problems/<slug>}
	 */
	public static URI uri(String slug) {
		return URI.create(BASE_URI + slug);
	}

}
