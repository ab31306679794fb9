package io.sentia.analytics.cash.shortfall;

import java.math.BigDecimal;
import java.time.Instant;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.events.AlertRaised;
import io.sentia.events.Topics;
import org.junit.jupiter.api.Test;

import static io.sentia.analytics.cash.CashOutlookEngineTests.handComputedInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-computed outlook of {@code CashOutlookEngineTests} first goes below its
 * 5,000.00 minimum in week 5 (lowest 4,366.50) and below zero in week 6; its lowest point
 * is −7,574.00 on 2027-02-28.
 */
class ShortfallMonitorTests {

	private static final Instant FIRST_RUN = Instant.parse("2026-12-07T06:00:00Z");

	private static final CashOutlook SHORT = CashOutlookEngine.project(handComputedInput());

	private static final CashOutlook HEALTHY = CashOutlookEngine
		.project(handComputedInput().withPurchaseOrders(null).withSuggestedPurchases(null).withRecurringOutflows(null));

	@Test
	void aShortfallOpensAnEpisodeWithOneAlert() {
		ShortfallDecision decision = ShortfallMonitor.assess(SHORT, null, FIRST_RUN);

		assertThat(decision).isInstanceOf(ShortfallDecision.Opened.class);
		AlertRaised event = decision.alert().orElseThrow().toEvent("tenant-1", "alert-1");
		assertThat(event.kind()).isEqualTo("cash_shortfall");
		assertThat(event.severity()).isEqualTo(AlertRaised.Severity.CRITICAL);
		assertThat(event.dedupKey()).isEqualTo("cash_shortfall:2026-12-07T06:00:00Z");
		assertThat(event.title()).isEqualTo("Cash falls below the minimum of GBP 5000.00 in week 5 (from 2027-01-04)");
		assertThat(event.facts()).containsExactly(
				java.util.Map.entry("first week below", "week 5, 2027-01-04 to 2027-01-10"),
				java.util.Map.entry("lowest balance", "GBP -7574.00 on 2027-02-28"),
				java.util.Map.entry("minimum cash", "GBP 5000.00"), java.util.Map.entry("weeks below", "9 of 13"),
				java.util.Map.entry("as of", "2026-12-07"));
		assertThat(event.source()).isEqualTo("analytics-service");
		assertThat(event.raisedAt()).isEqualTo(FIRST_RUN);
		assertThat(event.topic()).isEqualTo(Topics.ALERTS);
		assertThat(decision.openEpisode())
			.contains(new ShortfallEpisode(event.dedupKey(), FIRST_RUN, AlertRaised.Severity.CRITICAL));
	}

	@Test
	void aShortfallAboveZeroIsAWarning() {
		CashOutlook aboveZero = CashOutlookEngine.project(handComputedInput().withMinimumCash(new BigDecimal("9000"))
			.withSuggestedPurchases(null)
			.withRecurringOutflows(null)
			.withPurchaseOrders(null));

		assertThat(ShortfallMonitor.assess(aboveZero, null, FIRST_RUN).alert().orElseThrow().severity())
			.isEqualTo(AlertRaised.Severity.WARNING);
	}

	@Test
	void recomputingDuringAnEpisodeRaisesNothingMore() {
		ShortfallEpisode episode = ShortfallMonitor.assess(SHORT, null, FIRST_RUN).openEpisode().orElseThrow();

		ShortfallDecision again = ShortfallMonitor.assess(SHORT, episode, FIRST_RUN.plusSeconds(3600));

		assertThat(again).isEqualTo(new ShortfallDecision.Continuing(episode));
		assertThat(again.alert()).isEmpty();
		assertThat(again.openEpisode()).contains(episode);
	}

	@Test
	void aHealthyOutlookEndsTheEpisodeAndTheNextShortfallIsANewOne() {
		ShortfallEpisode episode = ShortfallMonitor.assess(SHORT, null, FIRST_RUN).openEpisode().orElseThrow();

		ShortfallDecision ended = ShortfallMonitor.assess(HEALTHY, episode, FIRST_RUN.plusSeconds(60));
		ShortfallDecision reopened = ShortfallMonitor.assess(SHORT, null, FIRST_RUN.plusSeconds(120));

		assertThat(ended).isEqualTo(new ShortfallDecision.Ended(episode));
		assertThat(ended.openEpisode()).isEmpty();
		assertThat(reopened.alert().orElseThrow().dedupKey()).isNotEqualTo(episode.dedupKey());
	}

	@Test
	void aHealthyOutlookWithoutAnEpisodeDoesNothing() {
		assertThat(HEALTHY.firstWeekBelowThreshold()).isEmpty();
		assertThat(ShortfallMonitor.assess(HEALTHY, null, FIRST_RUN)).isEqualTo(new ShortfallDecision.NoShortfall());
	}

}
