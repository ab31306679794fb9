package io.sentia.analytics.cash.scenario;

/**
 * A scenario's change to one suggested purchase.
 *
 * @param id the suggested purchase's id
 * @param action delay it or drop it
 * @param delayDays days to delay it by, −365 to 365 (negative brings it forward); only
 * for {@link Action#DELAY}
 */
public record SuggestedPurchaseChange(String id, Action action, Integer delayDays) {

	/** What a scenario does to a suggested purchase. */
	public enum Action {

		/** Order it later: arrival and payment move by the same days. */
		DELAY,

		/** Do not order it. */
		DROP

	}

}
