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
