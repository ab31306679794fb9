package io.sentia.forecasting.controls;

import java.time.DateTimeException;
import java.time.LocalDate;

import io.sentia.servicekit.errors.ApiProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the optional dates the controls' endpoints take as parameters, refusing bad ones
 * with service-kit's field errors.
 */
final class ControlProblems {

	private ControlProblems() {
	}

	/**
	 * Same as {@link ApiProblemException#invalidField}; only {@code AnalogueController}
	 * still calls it, and switches to service-kit's once its pending edits are merged.
	 */
	static ApiProblemException invalidField(String field, String message) {
		return ApiProblemException.invalidField(field, message);
	}

	/**
	 * Same as {@link ApiProblemException#invalidParameter}; only
	 * {@code AnalogueController} still calls it, and switches to service-kit's once its
	 * pending edits are merged.
	 */
	static ApiProblemException invalidParameter(String name, String message) {
		return ApiProblemException.invalidParameter(name, message);
	}

	static @Nullable LocalDate optionalDate(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeException ex) {
			throw ApiProblemException.invalidParameter(name, "must be an ISO date (yyyy-MM-dd)");
		}
	}

}
