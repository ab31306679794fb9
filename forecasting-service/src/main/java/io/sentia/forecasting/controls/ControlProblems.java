package io.sentia.forecasting.controls;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import io.sentia.servicekit.errors.ApiProblemException;
import io.sentia.servicekit.errors.InvalidField;
import io.sentia.servicekit.errors.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * The problems the controls' endpoints answer for bad input, each naming its field.
 */
final class ControlProblems {

	private ControlProblems() {
	}

	/** A body field the caller must fix. */
	static ApiProblemException invalidField(String field, String message) {
		return new ApiProblemException(ProblemType.VALIDATION, "'" + field + "' " + message + ".").with("errors",
				List.of(new InvalidField(field, message)));
	}

	/** A path or query parameter the caller must fix. */
	static ApiProblemException invalidParameter(String name, String message) {
		return new ApiProblemException(ProblemType.INVALID_PARAMETER, "'" + name + "' " + message + ".").with("errors",
				List.of(new InvalidField(name, message)));
	}

	static @Nullable LocalDate optionalDate(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeException ex) {
			throw invalidParameter(name, "must be an ISO date (yyyy-MM-dd)");
		}
	}

}
