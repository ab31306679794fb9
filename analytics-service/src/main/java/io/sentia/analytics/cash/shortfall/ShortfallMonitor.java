package io.sentia.analytics.cash.shortfall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashWeek;
import io.sentia.events.AlertRaised;

/**
 * Decides, after each recomputation of a tenant's outlook, whether a cash-shortfall
 * episode opens, goes on or ends, so that exactly one alert is raised per episode.
 */
public final class ShortfallMonitor {

	private ShortfallMonitor() {
	}

	/**
	 * Assesses a recomputed outlook.
	 * @param outlook the outlook just computed
	 * @param openEpisode the episode stored for the tenant, or {@code null} when none is
	 * open
	 * @param now when the recomputation ran; the new episode's key is made from it, so it
	 * must differ between episodes of one tenant
	 * @return what to store and whether to publish an alert
	 */
	public static ShortfallDecision assess(CashOutlook outlook, ShortfallEpisode openEpisode, Instant now) {
		Optional<CashWeek> firstBelow = outlook.firstWeekBelowThreshold();
		if (firstBelow.isEmpty()) {
			return (openEpisode != null) ? new ShortfallDecision.Ended(openEpisode)
					: new ShortfallDecision.NoShortfall();
		}
		if (openEpisode != null) {
			return new ShortfallDecision.Continuing(openEpisode);
		}
		CashWeek lowest = outlook.lowestWeek();
		AlertRaised.Severity severity = (lowest.lowestPoint().signum() < 0) ? AlertRaised.Severity.CRITICAL
				: AlertRaised.Severity.WARNING;
		String dedupKey = ShortfallAlert.KIND + ":" + now;
		ShortfallAlert alert = new ShortfallAlert(severity, dedupKey, title(outlook, firstBelow.get()),
				facts(outlook, firstBelow.get(), lowest), now);
		return new ShortfallDecision.Opened(new ShortfallEpisode(dedupKey, now, severity), alert);
	}

	private static String title(CashOutlook outlook, CashWeek firstBelow) {
		return "Cash falls below the minimum of " + money(outlook, outlook.minimumCash()) + " in week "
				+ firstBelow.number() + " (from " + firstBelow.start() + ")";
	}

	private static Map<String, String> facts(CashOutlook outlook, CashWeek firstBelow, CashWeek lowest) {
		long weeksBelow = outlook.weeks().stream().filter(CashWeek::belowThreshold).count();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("first week below",
				"week " + firstBelow.number() + ", " + firstBelow.start() + " to " + firstBelow.end());
		facts.put("lowest balance", money(outlook, lowest.lowestPoint()) + " on " + lowest.lowestPointDate());
		facts.put("minimum cash", money(outlook, outlook.minimumCash()));
		facts.put("weeks below", weeksBelow + " of " + outlook.weeks().size());
		facts.put("as of", outlook.asOf().toString());
		return facts;
	}

	private static String money(CashOutlook outlook, BigDecimal amount) {
		return outlook.currency() + " " + amount.toPlainString();
	}

}
