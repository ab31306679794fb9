package io.sentia.analytics.outlook.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The payout plan a channel gets when the tenant configured none for it, chosen by the
 * channel's name. Fees are not guessed (0): the outlook shows gross payouts until a
 * MANAGER configures the channel's fee.
 * <ul>
 * <li>{@code amazon…}: settlement every 14 days from Monday 2024-01-01, paid 3 days after
 * the period closes, no reserve;</li>
 * <li>{@code shopify…}: daily, T+3 business days (Shopify Payments);</li>
 * <li>{@code wholesale…} or {@code b2b…}: net 30 days;</li>
 * <li>anything else: none, so the outlook counts its sales as cash the day of the sale
 * and names the channel in {@code channelsWithoutPayoutPlan}.</li>
 * </ul>
 */
public final class DefaultPayoutPlans {

	/** Anchor of the default Amazon settlement periods. */
	static final LocalDate AMAZON_ANCHOR = LocalDate.of(2024, 1, 1);

	private DefaultPayoutPlans() {
	}

	/**
	 * The default plan of a channel.
	 * @param channel the channel as forecasts name it
	 * @return its default plan, or empty when there is none
	 */
	public static Optional<PayoutPlanSetting> of(String channel) {
		String name = channel.toLowerCase(Locale.ROOT);
		if (name.startsWith("amazon")) {
			return Optional.of(new PayoutPlanSetting(channel, BigDecimal.ZERO,
					PayoutPlanSetting.ScheduleSetting.settlement(AMAZON_ANCHOR, 14, 3)));
		}
		if (name.startsWith("shopify")) {
			return Optional
				.of(new PayoutPlanSetting(channel, BigDecimal.ZERO, PayoutPlanSetting.ScheduleSetting.daily(3, true)));
		}
		if (name.startsWith("wholesale") || name.startsWith("b2b")) {
			return Optional
				.of(new PayoutPlanSetting(channel, BigDecimal.ZERO, PayoutPlanSetting.ScheduleSetting.netTerms(30)));
		}
		return Optional.empty();
	}

}
