package io.sentia.testkit.probe;

import org.jspecify.annotations.Nullable;

/**
 * An answer the probe objects to.
 *
 * @param request the request that drew it
 * @param status the status, or {@code -1} when the service sent no answer (the connection
 * broke or timed out)
 * @param contentType the answer's content type, if any
 * @param body the start of the answer's body, or what went wrong with the connection
 */
public record ProbeFinding(ProbeRequest request, int status, @Nullable String contentType, String body) {

	/** How much of an answer's body a finding keeps. */
	static final int BODY_EXCERPT = 600;

	/**
	 * Whether the service failed: a 5xx, or no answer at all.
	 * @return whether this is a server error
	 */
	public boolean isServerError() {
		return this.status >= 500 || this.status < 0;
	}

	@Override
	public String toString() {
		String target = this.request.target();
		if (target.length() > 160) {
			target = target.substring(0, 160) + "…(" + target.length() + " chars)";
		}
		return this.request.method() + " " + target + "\n    operation: " + this.request.operation()
				+ "\n    input:     " + this.request.category() + " " + this.request.input() + "\n    answer:    "
				+ ((this.status < 0) ? "none" : this.status + " " + this.contentType) + " " + this.body;
	}

}
