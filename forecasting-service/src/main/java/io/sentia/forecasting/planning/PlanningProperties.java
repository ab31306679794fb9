package io.sentia.forecasting.planning;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Planning defaults for SKUs whose product does not say otherwise.
 *
 * @param defaultLeadTimeDays supplier lead time of products without one
 * @param reviewPeriodDays how long an order has to last until the next review
 * @param serviceLevel target probability of not running out during the lead time
 * @param approvalThreshold order value (tenant currency) above which a suggestion needs a
 * MANAGER's approval before it can be executed
 * @param overstockDays days of cover beyond which stock counts as overstock and raises an
 * alert
 */
@Validated
@ConfigurationProperties("sentia.forecasting.planning")
public record PlanningProperties(@DefaultValue("14") @Min(0) @Max(365) int defaultLeadTimeDays,
		@DefaultValue("7") @Min(0) @Max(365) int reviewPeriodDays,
		@DefaultValue("0.95") @DecimalMin(value = "0.5") @DecimalMax(value = "0.9999") double serviceLevel,
		@DefaultValue("100000") @DecimalMin(value = "0") BigDecimal approvalThreshold,
		@DefaultValue("180") @Min(1) @Max(3650) int overstockDays) {

}
