package io.sentia.forecasting.planning;

import java.util.List;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import io.sentia.servicekit.errors.ProblemType;

/**
 * The 400 problems of the planning API, naming the field to fix.
 */
final class PlanningProblems {

	private PlanningProblems() {
	}

	static ApiProblemException invalid(String name, String message) {
		return new ApiProblemException(ProblemType.VALIDATION, "'" + name + "' " + message + ".").with("errors",
				List.of(new InvalidField(name, message)));
	}

}
