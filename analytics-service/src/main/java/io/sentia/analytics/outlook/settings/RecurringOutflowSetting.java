package io.sentia.analytics.outlook.settings;

import java.math.BigDecimal;
import java.util.Locale;

import io.sentia.analytics.cash.RecurringOutflow;
import org.jspecify.annotations.Nullable;

/**
 * A monthly payment as a MANAGER configures it, in any currency; the outlook converts it
 * to the base currency.
 *
 * @param name what people call it, unique within the settings, at most 100 characters
 * @param kind {@code payroll}, {@code rent}, {@code duty}, {@code tax}, {@code loan} or
 * {@code other}
 * @param amount each payment, greater than 0, at most two decimals
 * @param currency ISO-4217 currency of the amount
 * @param dayOfMonth day it is paid, 1 to 31 (the month's last day when shorter)
 */
public record RecurringOutflowSetting(@Nullable String name, @Nullable String kind, @Nullable BigDecimal amount,
		@Nullable String currency, @Nullable Integer dayOfMonth) {

	/**
	 * The kind as the engine names it.
	 * @return the kind, or {@code null} when {@link #kind()} names none
	 */
	public RecurringOutflow.@Nullable Kind engineKind() {
		if (this.kind == null) {
			return null;
		}
		for (RecurringOutflow.Kind value : RecurringOutflow.Kind.values()) {
			if (value.name().equals(this.kind.toUpperCase(Locale.ROOT))) {
				return value;
			}
		}
		return null;
	}

}
