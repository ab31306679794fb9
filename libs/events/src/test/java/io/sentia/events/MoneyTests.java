package io.sentia.events;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	private static final String MONEY_SCHEMA = EventType.SCHEMA_ID_BASE + "common/Money.json";

	@Property(tries = 500)
	void amountOfAnyScaleSurvivesTheJsonRoundTripExactly(@ForAll("amounts") BigDecimal amount) {
		Money money = new Money(amount, "GBP");

		String json = EventSchemas.MAPPER.writeValueAsString(money);
		Money read = EventSchemas.MAPPER.readValue(json, Money.class);

		assertThat(read).isEqualTo(money);
		assertThat(read.amount().scale()).isEqualTo(Math.max(amount.scale(), 0));
		assertThat(read.amount()).isEqualByComparingTo(amount);
	}

	@Property(tries = 500)
	void amountIsWrittenAsAPlainDecimalStringTheSchemaAccepts(@ForAll("amounts") BigDecimal amount) {
		JsonNode json = EventSchemas.MAPPER.valueToTree(new Money(amount, "EUR"));

		assertThat(json.get("amount").isString()).isTrue();
		assertThat(json.get("amount").asString()).doesNotContain("E", "e", "+");
		assertThat(EventSchemas.byId(MONEY_SCHEMA).validate(json)).isEmpty();
	}

	@Property(tries = 200)
	void negativeScaleIsNormalisedToWholeUnits(@ForAll @IntRange(min = 1, max = 12) int exponent,
			@ForAll @IntRange(min = -999, max = 999) int unscaled) {
		Money money = new Money(BigDecimal.valueOf(unscaled, -exponent), "USD");

		assertThat(money.amount().scale()).isZero();
		assertThat(money.amount()).isEqualByComparingTo(BigDecimal.valueOf(unscaled).scaleByPowerOfTen(exponent));
	}

	@Provide
	Arbitrary<BigDecimal> amounts() {
		Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
			.between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
			.edgeCases((edges) -> edges.includeOnly(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate()));
		Arbitrary<Integer> scale = Arbitraries.integers().between(-10, 40);
		return Combinators.combine(unscaled, scale).as(BigDecimal::new);
	}

	@Test
	void writesTheDocumentedJsonShape() {
		String json = EventSchemas.MAPPER.writeValueAsString(new Money(new BigDecimal("12.30"), "GBP"));

		assertThat(json).isEqualTo("{\"amount\":\"12.30\",\"currency\":\"GBP\"}");
	}

	@Test
	void readsTheDocumentedJsonShapeKeepingTrailingZeros() {
		Money money = EventSchemas.MAPPER.readValue("{\"currency\":\"GBP\",\"amount\":\"12.30\"}", Money.class);

		assertThat(money.amount()).isEqualTo(new BigDecimal("12.30"));
	}

	@Test
	void rejectsCurrencyThatIsNotThreeUpperCaseLetters() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, "gbp"))
			.withMessageContaining("currency")
			.withMessageContaining("'gbp'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, "POUND"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
	}

	@Test
	void rejectsMissingAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(null, "GBP"))
			.withMessage("amount must not be null");
	}

	@Test
	void rejectsAmountTextThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12,30", "GBP"))
			.withMessageContaining("'12,30'");
	}

}
