package io.sentia.servicekit.errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StringUtils;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every exception that leaves a controller as RFC 9457 problem+json with a stable
 * {@code type} (see {@link ProblemType}), listing the offending fields for bad input and
 * never revealing internals for server errors.
 * <p>
 * Lowest precedence, so a service's own {@code @RestControllerAdvice} is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

	/** Detail of every 500: the cause stays in the log, under the trace id. */
	static final String INTERNAL_DETAIL = "An unexpected error occurred. Quote the traceId when reporting it.";

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final @Nullable Tracer tracer;

	/**
	 * Creates the handler.
	 * @param tracer the tracer whose trace id 500 answers quote, if tracing is configured
	 */
	/**
	 * Request attribute naming the {@code instance} to report instead of the request's
	 * path, for an endpoint whose path carries a secret (a single-use token): set it to
	 * the path with the secret replaced, e.g.
	 * {@code /api/auth/v1/password-resets/(token)}, and neither the problem body nor the
	 * error log holds the secret.
	 */
	public static final String REPORTED_PATH_ATTRIBUTE = ProblemExceptionHandler.class.getName() + ".reportedPath";

	public ProblemExceptionHandler(@Nullable Tracer tracer) {
		this.tracer = tracer;
	}

	/**
	 * A problem a service raised on purpose.
	 * @param ex the exception
	 * @param request the request
	 * @return the problem
	 */
	@ExceptionHandler(ApiProblemException.class)
	public ResponseEntity<ProblemDetail> handleApiProblem(ApiProblemException ex, NativeWebRequest request) {
		ProblemDetail problem = ex.toProblemDetail();
		problem.setInstance(instance(request));
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	/**
	 * Bean validation outside Spring MVC's own binding, e.g. a {@code @Validated}
	 * service.
	 * @param ex the exception
	 * @param request the request
	 * @return the problem
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	public ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex,
			NativeWebRequest request) {
		List<InvalidField> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new InvalidField(path(violation), violation.getMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		ProblemDetail problem = problem(ProblemType.VALIDATION, invalidCount(errors.size()), errors);
		problem.setInstance(instance(request));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * Anything else: a bug or an outage on our side. Logged in full; the client learns
	 * only the trace id.
	 * @param ex the exception
	 * @param request the request
	 * @return a generic 500 problem
	 */
	@ExceptionHandler(Exception.class)
	public ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, NativeWebRequest request) {
		ProblemDetail clientError = ClientErrorCauses.problemFor(ex).orElse(null);
		if (clientError != null) {
			log.debug("Client error answering {}", instance(request), ex);
			clientError.setInstance(instance(request));
			return ResponseEntity.status(clientError.getStatus()).body(clientError);
		}
		String traceId = currentTraceId();
		log.error("Unexpected error answering {} (traceId={})", instance(request), traceId, ex);
		ProblemDetail problem = problem(ProblemType.INTERNAL, INTERNAL_DETAIL, List.of());
		problem.setInstance(instance(request));
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = describe(ex, statusCode, request);
		if (statusCode.is5xxServerError()) {
			String traceId = currentTraceId();
			log.error("Error answering {} (traceId={})", problem.getInstance(), traceId, ex);
			if (traceId != null) {
				problem.setProperty("traceId", traceId);
			}
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private ProblemDetail describe(Exception ex, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = switch (ex) {
			case MethodArgumentNotValidException invalid -> validation(invalid);
			case HandlerMethodValidationException invalid -> validation(invalid);
			case MissingServletRequestParameterException missing -> problem(ProblemType.INVALID_PARAMETER,
					"Required parameter '" + missing.getParameterName() + "' is missing.",
					List.of(new InvalidField(missing.getParameterName(), "is required")));
			case MissingRequestHeaderException missing ->
				problem(ProblemType.INVALID_PARAMETER, "Required header '" + missing.getHeaderName() + "' is missing.",
						List.of(new InvalidField(missing.getHeaderName(), "is required")));
			case TypeMismatchException mismatch -> typeMismatch(mismatch);
			case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
			case NoResourceFoundException notFound ->
				problem(ProblemType.NOT_FOUND, "No endpoint " + notFound.getHttpMethod() + " "
						+ reported(request, "/" + notFound.getResourcePath()) + ".", List.of());
			case NoHandlerFoundException notFound -> problem(ProblemType.NOT_FOUND,
					"No endpoint " + notFound.getHttpMethod() + " " + reported(request, notFound.getRequestURL()) + ".",
					List.of());
			case HttpRequestMethodNotSupportedException notSupported -> problem(
					ProblemType.METHOD_NOT_ALLOWED, "Method " + notSupported.getMethod()
							+ " is not supported here; use one of " + notSupported.getSupportedHttpMethods() + ".",
					List.of());
			case HttpMediaTypeNotSupportedException notSupported -> problem(
					ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content type " + notSupported.getContentType()
							+ " is not supported; use one of " + notSupported.getSupportedMediaTypes() + ".",
					List.of());
			case HttpMediaTypeNotAcceptableException notAcceptable ->
				problem(ProblemType.NOT_ACCEPTABLE, "None of the accepted media types can be produced; acceptable are "
						+ notAcceptable.getSupportedMediaTypes() + ".", List.of());
			case MaxUploadSizeExceededException tooLarge ->
				problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.", List.of());
			default -> generic(ex, status);
		};
		problem.setStatus(status.value());
		problem.setInstance(instance(request));
		return problem;
	}

	private ProblemDetail validation(MethodArgumentNotValidException ex) {
		List<InvalidField> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(new InvalidField(error.getField(), message(error))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new InvalidField(error.getObjectName(), message(error))));
		return problem(ProblemType.VALIDATION, invalidCount(errors.size()), errors);
	}

	private ProblemDetail validation(HandlerMethodValidationException ex) {
		List<InvalidField> errors = new ArrayList<>();
		boolean body = false;
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors bean) {
				body = true;
				bean.getFieldErrors()
					.forEach((error) -> errors.add(new InvalidField(error.getField(), message(error))));
				bean.getGlobalErrors()
					.forEach((error) -> errors.add(new InvalidField(error.getObjectName(), message(error))));
			}
			else {
				body |= result.getMethodParameter().hasParameterAnnotation(RequestBody.class);
				String name = parameterName(result.getMethodParameter());
				result.getResolvableErrors().forEach((error) -> errors.add(new InvalidField(name, message(error))));
			}
		}
		if (body) {
			return problem(ProblemType.VALIDATION, invalidCount(errors.size()), errors);
		}
		// Only parameters failed (e.g. @Min on a @RequestParam): the same kind as a
		// malformed parameter, so a client sees one type per place it must fix.
		String detail = (errors.size() == 1)
				? "Parameter '" + errors.getFirst().field() + "' " + errors.getFirst().message() + "."
				: errors.size() + " parameters are invalid.";
		return problem(ProblemType.INVALID_PARAMETER, detail, errors);
	}

	private ProblemDetail typeMismatch(TypeMismatchException ex) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument)
				? parameterName(argument.getParameter()) : ex.getPropertyName();
		String field = (name != null) ? name : "value";
		String expected = describeType(ex.getRequiredType());
		return problem(ProblemType.INVALID_PARAMETER, "Parameter '" + field + "' must be " + expected + ".",
				List.of(new InvalidField(field, "must be " + expected)));
	}

	private ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof StreamConstraintsException) {
			return ClientErrorCauses.problemFor(cause).orElseThrow();
		}
		if (cause instanceof StreamReadException) {
			return problem(ProblemType.UNREADABLE_BODY, "The request body is not well-formed JSON.", List.of());
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jsonPath(jackson);
			InvalidField error = new InvalidField(field, bodyFieldMessage(jackson));
			return problem(ProblemType.UNREADABLE_BODY, "The request body has an invalid value at '" + field + "'.",
					List.of(error));
		}
		if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			return problem(ProblemType.UNREADABLE_BODY, "A request body is required.", List.of());
		}
		return problem(ProblemType.UNREADABLE_BODY, "The request body could not be read.", List.of());
	}

	private String bodyFieldMessage(JacksonException ex) {
		return switch (ex) {
			case InvalidFormatException invalid -> "must be " + describeType(invalid.getTargetType());
			case UnrecognizedPropertyException unknown -> "is not a known field";
			// Records validate themselves in their constructors; those messages are for
			// callers.
			case ValueInstantiationException instantiation when instantiation
				.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null ->
				invalid.getMessage();
			case MismatchedInputException mismatched when mismatched.getTargetType() != null ->
				"must be " + describeType(mismatched.getTargetType());
			default -> "is invalid";
		};
	}

	private ProblemDetail generic(Exception ex, HttpStatusCode status) {
		ProblemType type = ProblemType.forStatus(status.value());
		ProblemDetail problem = ProblemDetail.forStatus(status);
		if (type != null) {
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		if (status.is5xxServerError()) {
			problem.setDetail(INTERNAL_DETAIL);
		}
		else if (ex instanceof org.springframework.web.ErrorResponse response) {
			problem.setDetail(response.getBody().getDetail());
		}
		return problem;
	}

	static ProblemDetail problem(ProblemType type, String detail, List<InvalidField> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		if (!errors.isEmpty()) {
			problem.setProperty(ApiProblemException.ERRORS, errors);
		}
		return problem;
	}

	private static String invalidCount(int count) {
		return (count == 1) ? "1 field is invalid." : count + " fields are invalid.";
	}

	private static String message(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		return (message != null) ? message : "is invalid";
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && StringUtils.hasText(requestParam.name())) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && StringUtils.hasText(pathVariable.name())) {
			return pathVariable.name();
		}
		RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
		if (requestHeader != null && StringUtils.hasText(requestHeader.name())) {
			return requestHeader.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "arg" + parameter.getParameterIndex();
	}

	private static String path(ConstraintViolation<?> violation) {
		List<Path.Node> nodes = new ArrayList<>();
		for (Path.Node node : violation.getPropertyPath()) {
			// Method and constructor nodes name Java code, not anything the client sent.
			if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
					&& node.getName() != null) {
				nodes.add(node);
			}
		}
		// For a validated body the client knows the field, not the Java parameter holding
		// it.
		if (nodes.size() > 1 && nodes.getFirst().getKind() == ElementKind.PARAMETER) {
			nodes.removeFirst();
		}
		return nodes.isEmpty() ? "value" : nodes.stream().map(Path.Node::getName).collect(Collectors.joining("."));
	}

	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	static String describeType(@Nullable Class<?> type) {
		if (type == null) {
			return "of the expected type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", ", "[", "]"));
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "an integer";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
				|| type == float.class) {
			return "a decimal number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "an ISO-8601 timestamp, e.g. 2026-01-31T12:00:00Z";
		}
		if (type == LocalDate.class) {
			return "an ISO-8601 date, e.g. 2026-01-31";
		}
		return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
	}

	/**
	 * The path to report for a request: its own, unless a handler named another in
	 * {@link #REPORTED_PATH_ATTRIBUTE}.
	 * @param request the request
	 * @param path its path as the container saw it
	 * @return the path to put in a problem or a log line
	 */
	static @Nullable String reportedPath(HttpServletRequest request, @Nullable String path) {
		Object reported = request.getAttribute(REPORTED_PATH_ATTRIBUTE);
		return (reported instanceof String value) ? value : path;
	}

	private static @Nullable String reported(WebRequest request, @Nullable String path) {
		if (request instanceof NativeWebRequest nativeRequest) {
			HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
			if (servletRequest != null) {
				return reportedPath(servletRequest, path);
			}
		}
		return path;
	}

	private static @Nullable URI instance(WebRequest request) {
		String path = null;
		if (request instanceof NativeWebRequest nativeRequest) {
			HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
			if (servletRequest != null) {
				path = reportedPath(servletRequest, servletRequest.getRequestURI());
			}
		}
		if (path == null) {
			path = request.getDescription(false).replaceFirst("^uri=", "");
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private @Nullable String currentTraceId() {
		if (this.tracer == null) {
			return null;
		}
		Span span = this.tracer.currentSpan();
		return (span != null) ? span.context().traceId() : null;
	}

}
