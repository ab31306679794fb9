package io.sentia.events;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in one currency. In JSON it is
 * {@code {"amount":"12.30","currency":"GBP"}}: the amount is a plain decimal string so no
 * consumer ever reads it as a binary double, and its scale survives the round trip.
 *
 * @param amount the amount, any sign (refunds and debits are negative); a negative scale
 * is normalised to scale 0 so the plain decimal string reads back equal
 * @param currency ISO-4217 code, 3 upper-case letters
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Invariants.required(amount, "amount");
		Invariants.currency(currency, "currency");
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
	}

	/**
	 * Reads money from its JSON form.
	 * @param amount a decimal string such as {@code "12.30"}
	 * @param currency ISO-4217 code
	 * @return the money
	 */
	@JsonCreator
	public static Money of(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
		Invariants.requiredText(amount, "amount");
		try {
			return new Money(new BigDecimal(amount), currency);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("amount must be a decimal number but was '" + amount + "'", ex);
		}
	}

	/**
	 * The JSON form; written by hand because annotations alone cannot make Jackson write
	 * a {@link BigDecimal} as a plain string without exponent.
	 * @return amount as plain decimal string and currency, in that order
	 */
	@JsonValue
	Map<String, String> toJson() {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("amount", this.amount.toPlainString());
		json.put("currency", this.currency);
		return json;
	}

}
