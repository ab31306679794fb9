package io.sentia.integrations.unleashed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.sentia.integrations.connector.RecordRejectedException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Unleashed's value formats: dates, exact decimals, whole units. */
class UnleashedValuesTests {

	@Property
	void aMicrosoftJsonDateIsItsUtcInstantWhateverOffsetItCarries(
			@ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis,
			@ForAll @IntRange(min = -1200, max = 1400) int offset) {
		String suffix = String.format("%s%04d", (offset < 0) ? "-" : "+", Math.abs(offset));
		JsonNode plain = UnleashedSimulator.JSON.readTree("\"/Date(" + millis + ")/\"");
		JsonNode withOffset = UnleashedSimulator.JSON.readTree("\"/Date(" + millis + suffix + ")/\"");

		assertThat(UnleashedValues.instant(plain)).isEqualTo(Instant.ofEpochMilli(millis));
		assertThat(UnleashedValues.instant(withOffset)).isEqualTo(Instant.ofEpochMilli(millis));
		assertThat(UnleashedValues.date(plain))
			.isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
	}

	@Property
	void decimalsSentAsJsonNumbersStayExact(
			@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long unscaled,
			@ForAll @IntRange(min = 0, max = 14) int scale) {
		BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
		JsonNode node = UnleashedSimulator.JSON.readTree("{\"v\":" + amount.toPlainString() + "}");

		assertThat(UnleashedValues.decimal(node.path("v"))).isEqualTo(amount);
	}

	@Property
	void wholeQuantitiesAreUnitsWhateverTheirScale(@ForAll @IntRange(min = -100_000, max = 100_000) int units,
			@ForAll @IntRange(min = 0, max = 6) int scale) {
		ObjectNode node = UnleashedSimulator.JSON.createObjectNode()
			.put("Qty", BigDecimal.valueOf(units).setScale(scale));

		assertThat(UnleashedValues.units(node, "Qty", "row")).isEqualTo(units);
	}

	@Property
	void fractionalQuantitiesAreRefusedNotRounded(@ForAll @IntRange(min = 0, max = 100_000) int units,
			@ForAll @IntRange(min = 1, max = 9999) int tenThousandths) {
		BigDecimal quantity = BigDecimal.valueOf(units).add(BigDecimal.valueOf(tenThousandths, 4));
		ObjectNode node = UnleashedSimulator.JSON.createObjectNode().put("Qty", quantity);

		assertThatExceptionOfType(RecordRejectedException.class)
			.isThrownBy(() -> UnleashedValues.units(node, "Qty", "row"));
	}

}
