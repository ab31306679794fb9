package io.sentia.forecasting.runs;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DailyRunSchedulerTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalTime SIX = LocalTime.of(6, 0);

	@Test
	void isDueFromTheRunTimeInTheTenantsZone() {
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-11-22T05:59:59Z"), LONDON, SIX)).isFalse();
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-11-22T06:00:00Z"), LONDON, SIX)).isTrue();
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-11-22T23:59:00Z"), LONDON, SIX)).isTrue();
	}

	@Test
	void followsSummerTimeAndOtherZones() {
		// 05:30 UTC is 06:30 in London in July (BST).
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-07-01T05:30:00Z"), LONDON, SIX)).isTrue();
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-07-01T04:59:00Z"), LONDON, SIX)).isFalse();
		// 06:00 in New York is 11:00 UTC in November.
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-11-22T10:59:00Z"), ZoneId.of("America/New_York"), SIX))
			.isFalse();
		assertThat(DailyRunScheduler.isDue(Instant.parse("2026-11-22T11:00:00Z"), ZoneId.of("America/New_York"), SIX))
			.isTrue();
	}

}
