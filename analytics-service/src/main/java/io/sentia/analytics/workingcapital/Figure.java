package io.sentia.analytics.workingcapital;

import java.math.BigDecimal;

/**
 * A computed figure, or the reason there is none: a ratio over a zero denominator or a
 * metric whose input is missing is never infinity, NaN or a silent zero.
 *
 * @param value the figure, or {@code null} when it is not available
 * @param unavailableReason why there is no figure, or {@code null} when there is one
 */
public record Figure(BigDecimal value, String unavailableReason) {

	public Figure {
		if ((value == null) == (unavailableReason == null)) {
			throw new IllegalArgumentException("A figure has either a value or a reason it is unavailable, not "
					+ ((value == null) ? "neither" : "both"));
		}
	}

	/**
	 * A figure with a value.
	 * @param value the value
	 * @return the figure
	 */
	public static Figure of(BigDecimal value) {
		return new Figure(value, null);
	}

	/**
	 * No figure, and why.
	 * @param reason what is missing or zero, in words a user understands
	 * @return the figure
	 */
	public static Figure unavailable(String reason) {
		return new Figure(null, reason);
	}

	/**
	 * Whether the figure has a value.
	 * @return {@code true} when {@link #value()} is not {@code null}
	 */
	public boolean isAvailable() {
		return this.value != null;
	}

}
