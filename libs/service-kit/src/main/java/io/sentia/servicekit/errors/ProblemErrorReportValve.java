package io.sentia.servicekit.errors;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for requests it refuses before any servlet sees them (a path with
 * invalid percent-encoding or an encoded NUL, a malformed header), written as
 * problem+json instead of Tomcat's HTML page, so every refusal has one shape. Errors a
 * servlet answered keep their body: Tomcat only asks this valve for an empty error
 * response.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		ProblemType type = ProblemType.forStatus(status);
		String title = (type != null) ? type.title()
				: (httpStatus != null) ? httpStatus.getReasonPhrase() : "Error " + status;
		String detail = (status == 400)
				? "The request could not be parsed: the path must be valid percent-encoded UTF-8 without encoded NUL "
						+ "or slash characters, and the headers well-formed."
				: (status >= 500) ? ProblemExceptionHandler.INTERNAL_DETAIL : title + ".";
		String typeUri = (type != null) ? type.uri().toString() : "about:blank";
		String body = "{\"type\":\"" + typeUri + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was committed meanwhile: nothing to
			// tell.
		}
	}

}
