package io.sentia.forecasting.engine;

import java.util.List;

/**
 * Sampling frequencies of demand data and the seasonal cycles the engine models for each.
 */
public enum Frequency {

	/** Weekly cycle first; the yearly cycle only once two years are observed. */
	DAILY(List.of(7, 365)),

	WEEKLY(List.of(52)),

	MONTHLY(List.of(12)),

	QUARTERLY(List.of(4)),

	YEARLY(List.of(1));

	private final List<Integer> seasonLengths;

	Frequency(List<Integer> seasonLengths) {
		this.seasonLengths = seasonLengths;
	}

	/** Candidate cycle lengths, shortest first. */
	public List<Integer> seasonLengths() {
		return this.seasonLengths;
	}

	/**
	 * The longest cycle with at least two full seasons in {@code length} observations, or
	 * 1 (non-seasonal) when even the shortest cycle is not covered twice.
	 */
	public int seasonLengthFor(int length) {
		int chosen = 1;
		for (int m : this.seasonLengths) {
			if (length >= 2 * m) {
				chosen = m;
			}
		}
		return chosen;
	}

}
