package io.sentia.gateway.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problems the gateway answers with. Types are stable URIs under {@value #TYPE_BASE},
 * named after the HTTP status; titles are the status in sentence case.
 */
public final class Problems {

	public static final String TYPE_BASE = "https://sentia.io/problems/";

	private Problems() {
	}

	/**
	 * The backing service has no reachable instance, refused the call, or its circuit is
	 * open.
	 */
	public static ProblemDetail serviceUnavailable(String service) {
		ProblemDetail problem = forStatus(HttpStatus.SERVICE_UNAVAILABLE,
				service + " is not available right now; try again shortly");
		problem.setProperty("service", service);
		return problem;
	}

	/** The backing service did not answer within the route's timeout. */
	public static ProblemDetail gatewayTimeout(String service, Duration timeout) {
		ProblemDetail problem = forStatus(HttpStatus.GATEWAY_TIMEOUT,
				service + " did not answer within " + readable(timeout) + "; try again shortly");
		problem.setProperty("service", service);
		return problem;
	}

	public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		String phrase = reasonPhrase(status);
		problem.setType(URI.create(TYPE_BASE + phrase.toLowerCase(Locale.ROOT).replace(' ', '-')));
		problem.setTitle(phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT));
		return problem;
	}

	private static String reasonPhrase(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Status " + status.value();
	}

	private static String readable(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
