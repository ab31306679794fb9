package io.sentia.integrations.xero;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XeroDatesTests {

	@Property
	void theMillisecondsAreTheUtcInstantWhateverTheOffsetSuffix(
			@ForAll @LongRange(min = 946684800000L, max = 4102444800000L) long millis,
			@ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
		String value = "/Date(" + millis + suffix(offsetMinutes) + ")/";
		assertThat(XeroDates.instant(value)).isEqualTo(Instant.ofEpochMilli(millis));
	}

	@Property
	void aDateWithoutDateStringIsTheCalendarDayAtItsOwnOffset(
			@ForAll @LongRange(min = 946684800000L, max = 4102444800000L) long millis,
			@ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
		ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
		assertThat(XeroDates.date(null, "/Date(" + millis + suffix(offsetMinutes) + ")/"))
			.isEqualTo(Instant.ofEpochMilli(millis).atOffset(offset).toLocalDate());
	}

	@Test
	void readsTheOfficialFormats() {
		assertThat(XeroDates.instant("/Date(1552326816230)/")).isEqualTo(Instant.parse("2019-03-11T17:53:36.230Z"));
		assertThat(XeroDates.instant("/Date(1541176290160+0000)/"))
			.isEqualTo(Instant.parse("2018-11-02T16:31:30.160Z"));
		// Webhook eventDateUtc has no zone designator; it is UTC.
		assertThat(XeroDates.instant("2024-06-21T01:15:39.902")).isEqualTo(Instant.parse("2024-06-21T01:15:39.902Z"));
		assertThat(XeroDates.date("2018-10-20T00:00:00", "/Date(1539946800000+1300)/"))
			.isEqualTo(LocalDate.parse("2018-10-20"));
		assertThat(XeroDates.date(null, null)).isNull();
	}

	@Test
	void formatsIfModifiedSinceAsUtcWholeSecondsRoundedDown() {
		assertThat(XeroDates.ifModifiedSince(Instant.parse("2026-11-01T09:55:00.999Z")))
			.isEqualTo("2026-11-01T09:55:00");
	}

	@Test
	void refusesWhatIsNotAXeroDate() {
		assertThatThrownBy(() -> XeroDates.instant("yesterday")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("yesterday");
	}

	private static String suffix(int offsetMinutes) {
		int abs = Math.abs(offsetMinutes);
		return ((offsetMinutes < 0) ? "-" : "+") + String.format("%02d%02d", abs / 60, abs % 60);
	}

}
