package io.sentia.auth.accountmail;

import java.util.List;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;

import org.springframework.http.ProblemDetail;

/**
 * What the pages behind account-mail links (a new password, an invitation) share: a
 * refusal worded for the person on the page rather than for a program.
 */
public final class LinkPages {

	private LinkPages() {
	}

	/**
	 * The refusal in a person's words: a refused password names the rule it breaks,
	 * anything else is the problem's detail.
	 * @param ex the refusal
	 * @return the sentence to show
	 */
	public static String inWords(ApiProblemException ex) {
		ProblemDetail problem = ex.toProblemDetail();
		Object errors = (problem.getProperties() != null) ? problem.getProperties().get("errors") : null;
		if (errors instanceof List<?> fields && !fields.isEmpty() && fields.get(0) instanceof InvalidField field) {
			return "The new password " + field.message() + ".";
		}
		return (problem.getDetail() != null) ? problem.getDetail() : ex.getTitle();
	}

}
