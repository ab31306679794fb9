package io.sentia.notifications.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds a rule may name: the alert kinds the platform raises, what notifications
 * derives from syncs and suggestions, and any configured later ones.
 */
public final class NotificationKinds {

	/** A product may run out before stock arrives (forecasting). */
	public static final String STOCKOUT_RISK = "stockout_risk";

	/** More stock than the forecast needs (forecasting). */
	public static final String OVERSTOCK = "overstock";

	/** The cash outlook drops below the minimum (analytics). */
	public static final String CASH_SHORTFALL = "cash_shortfall";

	/** A sync run failed. */
	public static final String SYNC_FAILED = "sync_failed";

	/** A connection is paused by a provider limit or refused credentials. */
	public static final String CONNECTION_PAUSED = "connection_paused";

	/** A sync run quarantined records; rules compare the count with their threshold. */
	public static final String SYNC_QUARANTINE = "sync_quarantine";

	/** A purchase suggestion waits for a manager's approval. */
	public static final String SUGGESTION_AWAITING_APPROVAL = "suggestion_awaiting_approval";

	/** A suggestion someone asked for was approved or rejected. */
	public static final String SUGGESTION_DECIDED = "suggestion_decided";

	/** A channel target was disabled after a streak of failures. */
	public static final String CHANNEL_DISABLED = "channel_disabled";

	private static final List<String> BUILT_IN = List.of(STOCKOUT_RISK, OVERSTOCK, CASH_SHORTFALL, SYNC_FAILED,
			CONNECTION_PAUSED, SYNC_QUARANTINE, SUGGESTION_AWAITING_APPROVAL, SUGGESTION_DECIDED, CHANNEL_DISABLED);

	/** The severities, lowest first. */
	public static final List<String> SEVERITIES = List.of("info", "warning", "critical");

	private final Set<String> known;

	/**
	 * The built-in kinds and more.
	 * @param extra kinds added later by other services, from configuration
	 */
	public NotificationKinds(List<String> extra) {
		List<String> all = new ArrayList<>(BUILT_IN);
		all.addAll(extra);
		this.known = new LinkedHashSet<>(all);
	}

	/**
	 * Whether a rule may name this kind.
	 * @param kind the kind
	 * @return {@code true} if known
	 */
	public boolean known(String kind) {
		return this.known.contains(kind);
	}

	/**
	 * Every kind, built-in first.
	 * @return the kinds
	 */
	public Set<String> all() {
		return Set.copyOf(this.known);
	}

}
