package io.sentia.analytics.workingcapital.sales;

import java.time.LocalDate;

import io.sentia.analytics.workingcapital.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodArithmeticTests {

	@Test
	void thePreviousPeriodIsEquallyLongAndEndsTheDayBefore() {
		DateRange range = DateRange.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27));

		assertThat(range.days()).isEqualTo(28);
		assertThat(range.previous()).isEqualTo(DateRange.of(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 30)));
		assertThat(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).previous())
			.isEqualTo(DateRange.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
	}

	@Test
	void theSamePeriodLastYearMovesTheLeapDayToTheTwentyEighth() {
		DateRange leap = DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));

		assertThat(leap.sameLastYear()).isEqualTo(DateRange.of(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1)));
	}

	@Test
	void rejectsAnInvertedRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
	}

	@Test
	void bucketsIsoWeeksByTheirWeekBasedYear() {
		assertThat(Bucketing.ISO_WEEK.key(LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50");
		// A Friday that belongs to the 53rd week of 2026.
		assertThat(Bucketing.ISO_WEEK.key(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
		// A Monday that starts week 1 of 2025.
		assertThat(Bucketing.ISO_WEEK.key(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
		assertThat(Bucketing.ISO_WEEK.start(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void bucketsDaysAndMonths() {
		assertThat(Bucketing.DAY.key(LocalDate.of(2026, 3, 9))).isEqualTo("2026-03-09");
		assertThat(Bucketing.MONTH.key(LocalDate.of(2026, 3, 9))).isEqualTo("2026-03");
		assertThat(Bucketing.MONTH.start(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 1));
	}

}
