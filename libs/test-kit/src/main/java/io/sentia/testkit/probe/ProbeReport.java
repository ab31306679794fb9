package io.sentia.testkit.probe;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a probe found.
 *
 * @param requestsSent how many requests were sent
 * @param operations how many operations were probed
 * @param serverErrors answers with status 5xx, or none at all: each a bug to fix
 * @param notProblemJson 4xx answers that are not {@code application/problem+json}: the
 * client was refused rightly but cannot read why
 */
public record ProbeReport(int requestsSent, int operations, List<ProbeFinding> serverErrors,
		List<ProbeFinding> notProblemJson) {

	public ProbeReport {
		serverErrors = List.copyOf(serverErrors);
		notProblemJson = List.copyOf(notProblemJson);
	}

	/**
	 * Whether every answer was a success or a 4xx (of any content type).
	 * @return {@code true} if no request drew a server error
	 */
	public boolean hasNoServerErrors() {
		return this.serverErrors.isEmpty();
	}

	@Override
	public String toString() {
		StringBuilder report = new StringBuilder().append(this.requestsSent)
			.append(" malformed requests to ")
			.append(this.operations)
			.append(" operations: ")
			.append(this.serverErrors.size())
			.append(" server errors, ")
			.append(this.notProblemJson.size())
			.append(" 4xx answers that are not problem+json");
		append(report, "Server errors", this.serverErrors);
		append(report, "4xx answers that are not problem+json", this.notProblemJson);
		return report.toString();
	}

	private static void append(StringBuilder report, String title, List<ProbeFinding> findings) {
		if (!findings.isEmpty()) {
			report.append("\n").append(title).append(":\n");
			report.append(findings.stream().map((finding) -> "- " + finding).collect(Collectors.joining("\n")));
		}
	}

}
