package io.sentia.servicekit.errors;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers Boot's error path ({@code /error}) with problem+json, replacing Boot's
 * {@code BasicErrorController}. Errors reach it when they never met a controller: an
 * exception thrown by a filter, or a status the servlet container sent itself. Errors the
 * request caused (see {@link ClientErrorCauses}) answer 4xx; a direct request for the
 * error path answers 404. A token that could not be checked because the signing keys did
 * not answer (an {@code AuthenticationServiceException} from the bearer-token filter)
 * answers 503 with {@code Retry-After}: the caller did nothing wrong. Hidden from the
 * OpenAPI document: it is no operation.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	static final String TOKEN_UNCHECKED = "The access token could not be checked just now: the identity service's"
			+ " signing keys did not answer. Try again in a few seconds.";

	static final int TOKEN_RETRY_AFTER_SECONDS = 5;

	private final ErrorAttributes errorAttributes;

	public ProblemErrorController(ErrorAttributes errorAttributes) {
		this.errorAttributes = errorAttributes;
	}

	/**
	 * Describes the error the container forwarded here.
	 * @param request the forwarded request, carrying the {@code jakarta.servlet.error.*}
	 * attributes
	 * @return the problem
	 */
	@RequestMapping
	public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		String path = ProblemExceptionHandler.reportedPath(request,
				(String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			// Called directly, not forwarded by the container: there is no error to
			// describe.
			return answer(HttpStatus.NOT_FOUND, ProblemExceptionHandler.problem(ProblemType.NOT_FOUND,
					"No endpoint " + request.getRequestURI() + ".", List.of()), request.getRequestURI());
		}
		Throwable error = this.errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail clientError = ClientErrorCauses.problemFor(error).orElse(null);
		if (clientError != null) {
			log.debug("Client error answering {} outside any controller", path, error);
			return answer(HttpStatus.valueOf(clientError.getStatus()), clientError, path);
		}
		if (causedBy(error, AuthenticationServiceException.class)) {
			// The token could not be checked at all (the signing keys did not answer):
			// the caller is not at fault and may try again shortly.
			log.warn("Could not check the access token of a request to {}: {}", path, rootMessage(error));
			ProblemDetail unavailable = ProblemExceptionHandler.problem(ProblemType.SERVICE_UNAVAILABLE,
					TOKEN_UNCHECKED, List.of());
			unavailable.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			unavailable.setInstance(uri(path));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(TOKEN_RETRY_AFTER_SECONDS))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(unavailable);
		}
		HttpStatus status = status(request);
		ProblemDetail problem;
		if (status == HttpStatus.NOT_FOUND) {
			problem = ProblemExceptionHandler.problem(ProblemType.NOT_FOUND,
					"No endpoint " + ((path != null) ? path : "") + ".", List.of());
		}
		else {
			problem = ProblemDetail.forStatus(status);
			ProblemType type = ProblemType.forStatus(status.value());
			if (type != null) {
				problem.setType(type.uri());
				problem.setTitle(type.title());
			}
		}
		if (status.is5xxServerError()) {
			log.error("Error answering {} outside any controller", path, error);
			problem.setDetail(ProblemExceptionHandler.INTERNAL_DETAIL);
		}
		return answer(status, problem, path);
	}

	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem,
			@Nullable String path) {
		problem.setStatus(status.value());
		problem.setInstance(uri(path));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean causedBy(@Nullable Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static @Nullable URI uri(@Nullable String path) {
		if (path == null) {
			return null;
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
