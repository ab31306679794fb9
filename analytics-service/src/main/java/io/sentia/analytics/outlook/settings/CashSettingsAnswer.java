package io.sentia.analytics.outlook.settings;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's cash settings as the API answers them.
 *
 * @param settings the settings, every default filled
 * @param saved whether a MANAGER saved settings; {@code false} means all defaults
 * @param updatedAt when they were last saved, or {@code null}
 * @param payoutPlanDefaults the plans channels without a configured plan get
 */
public record CashSettingsAnswer(CashSettings settings, boolean saved, @Nullable Instant updatedAt,
		List<String> payoutPlanDefaults) {

	/** The defaults of {@link DefaultPayoutPlans}, for people. */
	static final List<String> DEFAULTS = List.of(
			"amazon*: settlement every 14 days from 2024-01-01, paid 3 days after the period closes, no reserve, fee 0",
			"shopify*: daily, T+3 business days, fee 0", "wholesale*, b2b*: net 30 days, fee 0",
			"any other channel: no plan; its sales count as cash on the day of the sale and the outlook names it");

}
