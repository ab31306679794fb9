package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * One order line to record in a demo store, as the store would report it.
 *
 * @param store {@code shopify-uk}, {@code shopify-eu}, {@code shopify-us},
 * {@code amazon-uk}, {@code amazon-us} or {@code wholesale-uk}
 * @param sku a SKU of the demo catalogue
 * @param quantity units ordered
 * @param unitPrice price per unit in the store's currency, at most two decimals
 * @param orderedAt when it was ordered; now when absent
 */
record DemoOrderRequest(@NotBlank String store, @NotBlank String sku, @Min(1) @Max(10_000) int quantity,
		@NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal unitPrice,
		@PastOrPresent Instant orderedAt) {
}
