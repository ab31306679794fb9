package io.sentia.analytics.web;

import java.time.LocalDate;

import io.sentia.servicekit.errors.ApiProblemException;

/**
 * The one check of an inclusive date range a request asks for: {@code from} not after
 * {@code to}, and the range no longer than the endpoint allows, which bounds the work of
 * a single query. Bad ranges are 400 problems naming the parameter to fix.
 */
public final class RequestedRange {

	private RequestedRange() {
	}

	/**
	 * Checks a requested range.
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @param maxYears the longest range the endpoint answers
	 * @throws ApiProblemException naming {@code from} when it is after {@code to}, or
	 * {@code to} when the range is too long
	 */
	public static void check(LocalDate from, LocalDate to, int maxYears) {
		if (from.isAfter(to)) {
			throw ApiProblemException.invalidParameter("from", "must not be after to");
		}
		if (to.isAfter(from.plusYears(maxYears))) {
			throw ApiProblemException.invalidParameter("to", "must be at most " + maxYears + " years after from");
		}
	}

}
