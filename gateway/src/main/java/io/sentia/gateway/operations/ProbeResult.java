package io.sentia.gateway.operations;

/**
 * What one HTTP health probe got.
 *
 * @param httpStatus the answer's status, or {@code null} when there was no answer
 * @param body the answer's body ({@code ""} when none)
 * @param latencyMs time from sending to the end of the answer, or to the failure
 * @param failure why there was no answer, or {@code null}
 */
record ProbeResult(Integer httpStatus, String body, long latencyMs, String failure) {

	static ProbeResult answered(int httpStatus, String body, long latencyMs) {
		return new ProbeResult(httpStatus, body, latencyMs, null);
	}

	static ProbeResult failed(String failure, long latencyMs) {
		return new ProbeResult(null, "", latencyMs, failure);
	}

	boolean answeredOk() {
		return this.httpStatus != null && this.httpStatus >= 200 && this.httpStatus < 300;
	}

}
