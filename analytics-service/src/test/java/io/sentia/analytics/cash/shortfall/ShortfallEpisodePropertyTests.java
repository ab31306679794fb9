package io.sentia.analytics.cash.shortfall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sentia.analytics.cash.CashOutlook;
import io.sentia.analytics.cash.CashOutlookEngine;
import io.sentia.analytics.cash.CashOutlookInput;
import io.sentia.analytics.cash.CashOutlookInputs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over any run of recomputations, exactly one alert per shortfall episode.
 */
class ShortfallEpisodePropertyTests {

	private static final BigDecimal FAR_ABOVE_ANY_BALANCE = new BigDecimal("1000000000");

	private static final BigDecimal FAR_BELOW_ANY_BALANCE = new BigDecimal("-1000000000");

	@Property(tries = 200)
	void raisesExactlyOneAlertPerEpisode(@ForAll("inputs") CashOutlookInput input,
			@ForAll @Size(min = 1, max = 30) List<Boolean> shortAtEachRun) {
		CashOutlook shortfall = CashOutlookEngine.project(input.withMinimumCash(FAR_ABOVE_ANY_BALANCE));
		CashOutlook healthy = CashOutlookEngine.project(input.withMinimumCash(FAR_BELOW_ANY_BALANCE));
		Instant now = Instant.parse("2026-12-07T06:00:00Z");

		ShortfallEpisode stored = null;
		List<ShortfallAlert> alerts = new ArrayList<>();
		for (boolean isShort : shortAtEachRun) {
			ShortfallDecision decision = ShortfallMonitor.assess(isShort ? shortfall : healthy, stored, now);
			decision.alert().ifPresent(alerts::add);
			stored = decision.openEpisode().orElse(null);
			assertThat(stored != null).isEqualTo(isShort);
			now = now.plusSeconds(60);
		}

		assertThat(alerts).hasSize(episodes(shortAtEachRun));
		Set<String> keys = new HashSet<>();
		alerts.forEach((alert) -> assertThat(keys.add(alert.dedupKey())).isTrue());
	}

	/** Counts the runs of consecutive shortfalls, each an episode. */
	private static int episodes(List<Boolean> shortAtEachRun) {
		int episodes = 0;
		boolean previous = false;
		for (boolean isShort : shortAtEachRun) {
			if (isShort && !previous) {
				episodes++;
			}
			previous = isShort;
		}
		return episodes;
	}

	@Provide
	Arbitrary<CashOutlookInput> inputs() {
		return CashOutlookInputs.inputs();
	}

}
