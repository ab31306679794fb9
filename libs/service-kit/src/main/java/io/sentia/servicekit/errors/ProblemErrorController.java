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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers Boot's error path ({@code /error}) with problem+json, replacing Boot's
 * {@code BasicErrorController}. Errors reach it when they never met a controller: an
 * exception thrown by a filter, or a status the servlet container sent itself. Errors the
 * request caused (see {@link ClientErrorCauses}) answer 4xx; a direct request for the
 * error path answers 404. Hidden from the OpenAPI document: it is no operation.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

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
